import { describe, expect, it } from 'vitest';
import { fit, pan, placement, project, ranges, toLat, toLon, toX, toY, zoomAt } from './view';

const size = { width: 800, height: 600 };
const latinAmerica = { min_lon: -118, max_lon: -34, min_lat: -56, max_lat: 33 };

describe('the map view', () => {
  it('projects longitude and latitude to Web Mercator and back', () => {
    expect(toLon(toX(-61.5))).toBeCloseTo(-61.5, 9);
    expect(toLat(toY(-34.6))).toBeCloseTo(-34.6, 9);
    expect(toY(0)).toBeCloseTo(0, 6);
  });

  it('fits a box inside the canvas', () => {
    const view = fit(latinAmerica, size);
    const [left, top] = project(view, size, -118, 33);
    const [right, bottom] = project(view, size, -34, -56);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(800);
    expect(bottom).toBeLessThanOrEqual(600);
  });

  it('follows a drag: the point under the pointer moves with it', () => {
    const view = fit(latinAmerica, size);
    const before = project(view, size, -60, -30);
    const after = project(pan(view, 40, -25, size), size, -60, -30);
    expect(after[0] - before[0]).toBeCloseTo(40, 6);
    expect(after[1] - before[1]).toBeCloseTo(-25, 6);
  });

  it('zooms about the pointer, keeping the point under it in place', () => {
    const view = fit(latinAmerica, size);
    const zoomed = zoomAt(view, 2, 300, 200, size);
    expect(zoomed.scale).toBeCloseTo(view.scale / 2, 6);
    const x = view.cx + (300 - 400) * view.scale;
    expect(zoomed.cx + (300 - 400) * zoomed.scale).toBeCloseTo(x, 3);
  });

  it('places an image of the current view over the whole canvas', () => {
    const view = fit(latinAmerica, size);
    const r = ranges(view, size);
    const place = placement(view, size, r.x, r.y);
    expect(place.left).toBeCloseTo(0, 6);
    expect(place.top).toBeCloseTo(0, 6);
    expect(place.width).toBeCloseTo(800, 6);
    expect(place.height).toBeCloseTo(600, 6);
  });
});
