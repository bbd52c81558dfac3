/**
 * Figures, not tests: how long the pipeline takes and how heavy each built page is.
 * `npm run bench` runs ingest, astro build and pagefind, timing each, then prints per page the bytes
 * of HTML, CSS and JS it loads before any interaction, raw and gzip-compressed, then the search
 * figures of scripts/bench/search.ts (`npm run bench:search` prints those alone).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchSearchOnDist } from './bench/search';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

// `--scale 10,100,1000` runs the scale benchmark instead of the page budgets.
const scaleAt = process.argv.indexOf('--scale');
if (scaleAt >= 0) {
  const { benchScale } = await import('./bench/scale');
  await benchScale(root, (process.argv[scaleAt + 1] ?? '10,100,1000').split(',').map(Number));
  process.exit(0);
}

function timed(label: string, command: string): [string, string] {
  const start = performance.now();
  execSync(command, { cwd: root, stdio: 'ignore' });
  return [label, `${((performance.now() - start) / 1000).toFixed(1)} s`];
}

const steps = [
  timed('ingest', 'npx vite-node scripts/ingest.ts'),
  timed('astro build', 'npx astro build'),
  timed('pagefind', 'npx pagefind --site dist'),
];
console.log('\nPipeline (this machine)');
console.table(Object.fromEntries(steps.map(([label, time]) => [label, { time }])));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const rows: Record<string, Record<string, string>> = {};
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const assets = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => m[1]!);
  const sizes: Record<'html' | 'css' | 'js', [number, number]> = { html: [html.length, gzipSync(html).length], css: [0, 0], js: [0, 0] };
  for (const asset of new Set(assets)) {
    const bytes = readFileSync(join(dist, asset));
    const kind = asset.endsWith('.css') ? 'css' : 'js';
    sizes[kind][0] += bytes.length;
    sizes[kind][1] += gzipSync(bytes).length;
  }
  const total = sizes.html[1] + sizes.css[1] + sizes.js[1];
  rows[`/${relative(dist, file)}`] = {
    'HTML KB (gz)': `${kb(sizes.html[0])} (${kb(sizes.html[1])})`,
    'CSS KB (gz)': `${kb(sizes.css[0])} (${kb(sizes.css[1])})`,
    'JS KB (gz)': `${kb(sizes.js[0])} (${kb(sizes.js[1])})`,
    'total gz KB': kb(total),
  };
}
console.log('\nBytes loaded before any interaction (inline scripts and styles count as HTML)');
console.table(rows);
const pagefindBytes = readdirSync(join(dist, 'pagefind'), { recursive: true })
  .map((f) => join(dist, 'pagefind', String(f)))
  .filter((f) => statSync(f).isFile())
  .reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`\nPagefind bundle on disk: ${kb(pagefindBytes)} KB (fetched in part, only when search is used)`);

// Search figures (ranking, latency, first-search bytes) live in their own module.
await benchSearchOnDist(dist);

// Sharing: preview images per page, and relatedness as the list grows (it must stay near-linear).
const ogDir = join(dist, 'og');
const ogFiles = readdirSync(ogDir).filter((f) => f.endsWith('.png'));
const ogBytes = ogFiles.reduce((sum, f) => sum + statSync(join(ogDir, f)).size, 0);
console.log(`\nPreview images: ${ogFiles.length} PNGs, ${kb(ogBytes / Math.max(1, ogFiles.length))} KB each on average`);

const { relatedProfessions } = await import('../src/lib/related');
const vocabulary = 'analis kebijakan politik luar negeri diplomasi proyek kerjasama internasional media hukum ekonomi data riset publik'.split(' ');
const synthetic = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    slug: `p${i}`,
    title: `Profesi ${vocabulary[i % vocabulary.length]} ${vocabulary[(i * 7) % vocabulary.length]} ${i}`,
    majors: [`Jurusan ${i % 40}`, `Jurusan ${(i * 3) % 40}`],
    text: `Berbeda dengan profesi ${vocabulary[(i * 5) % vocabulary.length]} ${vocabulary[(i * 3) % vocabulary.length]} ${(i * 11) % n}. `.repeat(40),
  }));
const relatedRows: Record<string, { time: string }> = {};
for (const n of [500, 1000, 2000, 4000]) {
  const items = synthetic(n);
  const start = performance.now();
  relatedProfessions(items);
  relatedRows[`${n} professions`] = { time: `${(performance.now() - start).toFixed(0)} ms` };
}
console.log('\nRelated professions, synthetic lists (time should grow about linearly)');
console.table(relatedRows);
