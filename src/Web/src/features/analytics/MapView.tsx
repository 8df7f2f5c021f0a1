import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageHeader } from '../../api/compute';
import { drawOutline } from './outline';
import { pan, placement, zoomAt, type Size, type View } from './view';

export interface ShownImage {
  url: string;
  header: ImageHeader;
}

interface Props {
  view: View | null;
  size: Size;
  images: ShownImage[];
  onResize: (size: Size) => void;
  onView: (view: View) => void;
  /** The pointer rests over the map at (x, y) pixels, or left it (null). */
  onHover: (point: { x: number; y: number } | null) => void;
  children?: React.ReactNode;
}

const KEY_PAN = 0.125;
const KEY_ZOOM = 1.5;

/**
 * The map: the rendered images placed where their ranges fall in the current view (so a pan or zoom moves them at
 * once, before the new render arrives), the countries' outline on top, and every way to move it: drag with a mouse
 * or one finger, pinch with two, the wheel, and the keyboard (arrows, + and -).
 */
export function MapView({ view, size, images, onResize, onView, onHover, children }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const outline = useRef<HTMLCanvasElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const viewRef = useRef(view);
  viewRef.current = view;
  const [dragging, setDragging] = useState(false);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.max(1, Math.round(entry.contentRect.width));
      const height = Math.max(1, Math.round(entry.contentRect.height));
      onResize({ width, height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onResize]);

  useEffect(() => {
    if (view && outline.current) drawOutline(outline.current, view, size);
  }, [view, size]);

  // The wheel zooms the map, not the page: a listener that may cancel scrolling (React's is passive).
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const current = viewRef.current;
      if (!current) return;
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      onView(zoomAt(current, Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top, size));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [onView, size]);

  const local = (event: PointerEvent) => {
    const rect = box.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, local(event));
    setDragging(true);
    onHover(null);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const point = local(event);
    const current = viewRef.current;
    const active = pointers.current;
    if (!active.has(event.pointerId)) {
      if (event.pointerType === 'mouse') onHover(point);
      return;
    }
    if (!current) return;
    if (active.size === 1) {
      const previous = active.get(event.pointerId)!;
      active.set(event.pointerId, point);
      onView(pan(current, point.x - previous.x, point.y - previous.y, size));
      return;
    }
    // Two fingers: zoom by how much their distance changed, about their midpoint, and follow the midpoint.
    const [a, b] = [...active.entries()].map(([id, p]) => (id === event.pointerId ? { before: p, after: point } : { before: p, after: p }));
    if (!a || !b) return;
    active.set(event.pointerId, point);
    const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    const before = distance(a.before, b.before);
    const after = distance(a.after, b.after);
    const mid = { x: (a.after.x + b.after.x) / 2, y: (a.after.y + b.after.y) / 2 };
    const midBefore = { x: (a.before.x + b.before.x) / 2, y: (a.before.y + b.before.y) / 2 };
    const moved = pan(current, mid.x - midBefore.x, mid.y - midBefore.y, size);
    onView(before > 0 ? zoomAt(moved, after / before, mid.x, mid.y, size) : moved);
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size === 0) setDragging(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = viewRef.current;
    if (!current) return;
    const step = Math.min(size.width, size.height) * KEY_PAN;
    const moves: Record<string, () => View> = {
      ArrowLeft: () => pan(current, step, 0, size),
      ArrowRight: () => pan(current, -step, 0, size),
      ArrowUp: () => pan(current, 0, step, size),
      ArrowDown: () => pan(current, 0, -step, size),
      '+': () => zoomAt(current, KEY_ZOOM, size.width / 2, size.height / 2, size),
      '=': () => zoomAt(current, KEY_ZOOM, size.width / 2, size.height / 2, size),
      '-': () => zoomAt(current, 1 / KEY_ZOOM, size.width / 2, size.height / 2, size),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onView(move());
  };

  return (
    <div
      ref={box}
      className={`analytics-map${dragging ? ' is-dragging' : ''}`}
      tabIndex={0}
      role="application"
      aria-roledescription={t('analytics.map.role')}
      aria-label={t('analytics.map.label')}
      aria-describedby="analytics-map-help"
      data-testid="analytics-map"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onPointerLeave={() => onHover(null)}
      onKeyDown={onKeyDown}
    >
      {view
        ? images.map((image) => {
            const place = placement(view, size, image.header.x_range, image.header.y_range);
            return (
              <img
                key={image.url}
                className={`analytics-map__image analytics-map__image--${image.header.stage}`}
                src={image.url}
                alt=""
                draggable={false}
                style={{ left: place.left, top: place.top, width: place.width, height: place.height }}
              />
            );
          })
        : null}
      <canvas ref={outline} className="analytics-map__outline" aria-hidden="true" />
      {children}
      <p id="analytics-map-help" className="visually-hidden">{t('analytics.map.help')}</p>
    </div>
  );
}
