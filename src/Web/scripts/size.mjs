// Prints the gzipped size of every built chunk and what the first load of `/` downloads (the entry script, the
// chunks index.html preloads, and its stylesheets). Fails when that JavaScript reaches the 250 KB budget.
// Run after a build: `npm run size` (builds first).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]));

const kb = (bytes) => (bytes / 1024).toFixed(2).padStart(8);
const rows = readdirSync(assets)
  .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
  .map((name) => {
    const content = readFileSync(join(assets, name));
    return { name, raw: statSync(join(assets, name)).size, gzip: gzipSync(content, { level: 9 }).length, first: firstLoad.has(name) };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

console.log(`${'chunk'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  first load of /`);
for (const row of rows) console.log(`${row.name.padEnd(44)} ${kb(row.raw)} ${kb(row.gzip)}  ${row.first ? 'yes' : ''}`);

const sum = (list) => list.reduce((total, row) => total + row.gzip, 0);
const firstJs = sum(rows.filter((r) => r.first && r.name.endsWith('.js')));
const firstCss = sum(rows.filter((r) => r.first && r.name.endsWith('.css')));
const allJs = sum(rows.filter((r) => r.name.endsWith('.js')));
console.log('');
console.log(`first load of /: ${(firstJs / 1024).toFixed(1)} KB gzipped JavaScript (budget ${BUDGET_KB} KB) + ${(firstCss / 1024).toFixed(1)} KB gzipped CSS`);
console.log(`all chunks:      ${(allJs / 1024).toFixed(1)} KB gzipped JavaScript`);
if (firstJs / 1024 >= BUDGET_KB) {
  console.error(`The first load is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
