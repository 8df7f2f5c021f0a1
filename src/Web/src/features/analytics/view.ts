/** Web Mercator view math: the map's view is a centre in metres and a scale in metres per pixel. */

export const EARTH_RADIUS = 6_378_137;
export const HALF_WORLD = Math.PI * EARTH_RADIUS;
const MAX_LATITUDE = 85.05112878;
/** The closest zoom: 20 m a pixel. */
const MIN_SCALE = 20;

export interface View {
  cx: number;
  cy: number;
  /** Metres per pixel. */
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Bounds {
  min_lon: number;
  max_lon: number;
  min_lat: number;
  max_lat: number;
}

export const toX = (lon: number) => (lon * Math.PI * EARTH_RADIUS) / 180;
export const toY = (lat: number) => {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * EARTH_RADIUS;
};
export const toLon = (x: number) => (x / EARTH_RADIUS) * (180 / Math.PI);
export const toLat = (y: number) => (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * (180 / Math.PI);

/** The view that shows the whole box, centred, with a small margin. */
export function fit(bounds: Bounds, size: Size): View {
  const x0 = toX(bounds.min_lon);
  const x1 = toX(bounds.max_lon);
  const y0 = toY(bounds.min_lat);
  const y1 = toY(bounds.max_lat);
  const scale = Math.max((x1 - x0) / size.width, (y1 - y0) / size.height) * 1.05;
  return clamp({ cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, scale }, size);
}

/** The view moved by a drag of (dx, dy) pixels (the map follows the pointer). */
export function pan(view: View, dx: number, dy: number, size: Size): View {
  return clamp({ ...view, cx: view.cx - dx * view.scale, cy: view.cy + dy * view.scale }, size);
}

/** The view zoomed by <factor> (above 1: closer) keeping the point under pixel (px, py) where it is. */
export function zoomAt(view: View, factor: number, px: number, py: number, size: Size): View {
  const scale = Math.min(Math.max(view.scale / factor, MIN_SCALE), maxScale(size));
  const x = view.cx + (px - size.width / 2) * view.scale;
  const y = view.cy - (py - size.height / 2) * view.scale;
  return clamp({ scale, cx: x - (px - size.width / 2) * scale, cy: y + (py - size.height / 2) * scale }, size);
}

/** x_range and y_range of the view in metres. */
export function ranges(view: View, size: Size): { x: [number, number]; y: [number, number] } {
  const halfWidth = (size.width / 2) * view.scale;
  const halfHeight = (size.height / 2) * view.scale;
  return { x: [view.cx - halfWidth, view.cx + halfWidth], y: [view.cy - halfHeight, view.cy + halfHeight] };
}

/** Where a box in metres lands on the screen for this view, in pixels. */
export function placement(view: View, size: Size, x: [number, number], y: [number, number]) {
  const r = ranges(view, size);
  return {
    left: (x[0] - r.x[0]) / view.scale,
    top: (r.y[1] - y[1]) / view.scale,
    width: (x[1] - x[0]) / view.scale,
    height: (y[1] - y[0]) / view.scale,
  };
}

/** The screen pixel of a longitude and latitude. */
export function project(view: View, size: Size, lon: number, lat: number): [number, number] {
  return [(toX(lon) - view.cx) / view.scale + size.width / 2, (view.cy - toY(lat)) / view.scale + size.height / 2];
}

function maxScale(size: Size): number {
  return (2 * HALF_WORLD) / Math.max(1, Math.min(size.width, size.height));
}

/** Keeps the view on the world: its ranges within ±HALF_WORLD, the scale within bounds. */
function clamp(view: View, size: Size): View {
  const scale = Math.min(Math.max(view.scale, MIN_SCALE), maxScale(size));
  const halfWidth = Math.min(HALF_WORLD, (size.width / 2) * scale);
  const halfHeight = Math.min(HALF_WORLD, (size.height / 2) * scale);
  return {
    scale,
    cx: Math.min(Math.max(view.cx, -HALF_WORLD + halfWidth), HALF_WORLD - halfWidth),
    cy: Math.min(Math.max(view.cy, -HALF_WORLD + halfHeight), HALF_WORLD - halfHeight),
  };
}
