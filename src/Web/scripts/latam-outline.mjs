// Writes src/features/analytics/latam-countries.json: the outlines of the countries of Latin America and the
// Caribbean, from Natural Earth's 1:50m admin-0 countries (public domain) as the world-atlas package ships them
// (TopoJSON), turned into GeoJSON with topojson-client, coordinates rounded to 0.05° (about 5 km) and repeated points
// dropped. The analytics page draws it over the rendered data for orientation; nothing is fetched at run time.
//   node scripts/latam-outline.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const source = new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url);
const target = new URL('../src/features/analytics/latam-countries.json', import.meta.url);

// ISO 3166-1 numeric codes (world-atlas feature ids).
const LATIN_AMERICA = new Set([
  '032', '068', '076', '152', '170', '218', '328', '600', '604', '740', '858', '862', // South America
  '484', '084', '188', '222', '320', '340', '558', '591', // Mexico and Central America
  '192', '214', '332', '388', '630', '044', '780', '238', // Caribbean, Falklands
]);
const STEP = 0.05;

const round = (value) => Math.round(value / STEP) * STEP;
const point = ([lon, lat]) => [Number(round(lon).toFixed(2)), Number(round(lat).toFixed(2))];

function ring(coordinates) {
  const out = [];
  for (const [lon, lat] of coordinates.map(point)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== lon || last[1] !== lat) out.push([lon, lat]);
  }
  return out.length >= 4 ? out : null;
}

function polygon(rings) {
  const kept = rings.map(ring).filter(Boolean);
  return kept.length > 0 && kept[0] ? kept : null;
}

const topology = JSON.parse(readFileSync(source, 'utf8'));
const features = feature(topology, topology.objects.countries).features
  .filter((country) => LATIN_AMERICA.has(String(country.id)))
  .map((country) => {
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const kept = polygons.map(polygon).filter(Boolean);
    return {
      type: 'Feature',
      id: String(country.id),
      properties: { name: country.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    };
  })
  .filter((country) => country.geometry.coordinates.length > 0)
  .sort((a, b) => a.id.localeCompare(b.id));

writeFileSync(target, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
console.log(`${features.length} countries → ${target.pathname} (${Math.round(JSON.stringify({ features }).length / 1024)} KB)`);
