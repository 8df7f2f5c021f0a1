// Prints the gzipped (and Brotli) size of every built chunk and what the first load of `/` downloads (the entry
// script, the chunks index.html preloads, and its stylesheets). Fails when that gzipped JavaScript reaches the 250 KB
// budget. The build writes both compressed copies (scripts/precompress.mjs); browsers that accept Brotli get that one.
// Run after a build: `npm run size` (builds first).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
    const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { name, raw: statSync(join(assets, name)).size, gzip: gzipSync(content, { level: 9 }).length, brotli, first: firstLoad.has(name) };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

console.log(`${'chunk'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}  first load of /`);
for (const row of rows) console.log(`${row.name.padEnd(44)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}  ${row.first ? 'yes' : ''}`);

const sum = (list, key = 'gzip') => list.reduce((total, row) => total + row[key], 0);
const firstJs = sum(rows.filter((r) => r.first && r.name.endsWith('.js')));
const firstCss = sum(rows.filter((r) => r.first && r.name.endsWith('.css')));
const allJs = sum(rows.filter((r) => r.name.endsWith('.js')));
console.log('');
const firstBrotli = sum(rows.filter((r) => r.first), 'brotli');
console.log(`first load of /: ${(firstJs / 1024).toFixed(1)} KB gzipped JavaScript (budget ${BUDGET_KB} KB) + ${(firstCss / 1024).toFixed(1)} KB gzipped CSS; ${(firstBrotli / 1024).toFixed(1)} KB in all with Brotli`);
console.log(`all chunks:      ${(allJs / 1024).toFixed(1)} KB gzipped JavaScript`);
if (firstJs / 1024 >= BUDGET_KB) {
  console.error(`The first load is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
