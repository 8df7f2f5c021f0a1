// Writes a Brotli (.br) and a gzip (.gz) copy next to every text asset of the build (JavaScript, CSS, HTML, SVG,
// JSON...), so that the gateway can send the smaller one without compressing on every request. A copy that would
// not be smaller is not written. Runs after `vite build` (npm run build).
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml', '.webmanifest', '.map']);
/** Below this a compressed answer saves less than its headers cost. */
const MIN_BYTES = 256;

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let written = 0;
let before = 0;
let brotli = 0;
for (const path of files(dist)) {
  if (path.endsWith('.br') || path.endsWith('.gz')) {
    unlinkSync(path); // from an earlier build: the file it copied may have changed
    continue;
  }
}
for (const path of files(dist)) {
  if (!TEXT.has(extname(path)) || statSync(path).size < MIN_BYTES) continue;
  const content = readFileSync(path);
  const copies = [
    ['.br', brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })],
    ['.gz', gzipSync(content, { level: 9 })],
  ];
  for (const [suffix, compressed] of copies) {
    if (compressed.length >= content.length) continue;
    writeFileSync(path + suffix, compressed);
    written += 1;
  }
  before += content.length;
  brotli += copies[0][1].length;
}
console.log(`precompressed: ${written} files (.br and .gz); text assets ${(before / 1024).toFixed(1)} KB → ${(brotli / 1024).toFixed(1)} KB with Brotli`);
