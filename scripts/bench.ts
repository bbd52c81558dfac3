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
