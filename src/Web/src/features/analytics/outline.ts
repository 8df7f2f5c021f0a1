import countries from './latam-countries.json';
import { project, type Size, type View } from './view';

type Ring = [number, number][];
interface Country {
  properties: { name: string };
  geometry: { coordinates: Ring[][] };
}

const FEATURES = (countries as unknown as { features: Country[] }).features;

/** Draws the countries' borders (Natural Earth, bundled) over the map, for orientation. */
export function drawOutline(canvas: HTMLCanvasElement, view: View, size: Size): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(size.width * ratio);
  canvas.height = Math.round(size.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  context.lineWidth = 0.8;
  context.strokeStyle = 'rgba(29, 59, 37, 0.55)';
  context.beginPath();
  for (const country of FEATURES) {
    for (const polygon of country.geometry.coordinates) {
      for (const ring of polygon) {
        ring.forEach(([lon, lat], index) => {
          const [x, y] = project(view, size, lon, lat);
          if (index === 0) context.moveTo(x, y);
          else context.lineTo(x, y);
        });
      }
    }
  }
  context.stroke();
}
