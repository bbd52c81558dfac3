/**
 * The scale benchmark (`npm run bench -- --scale 10,100,1000`): for each N, generates N texts in a
 * temporary folder, runs ingest → astro build → pagefind on a throw-away copy of the site, and
 * measures time, peak memory, output size and a first search in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/launch-chromium';
import { serveStatic } from '../support/serve-static';
import { generateTexts } from '../support/generate-texts';

/** Seconds and peak resident memory (MB) of one command, measured by GNU time. */
function measure(root: string, command: string, args: string[]): { seconds: number; peakMb: number } {
  const report = join(mkdtempSync(join(tmpdir(), 'time-')), 'out');
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], { cwd: root, stdio: 'ignore' });
  const [seconds, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Bytes (compressed as sent) and milliseconds of a first search on /cari/. */
async function firstSearch(dist: string): Promise<{ kb: number; ms: number }> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Index chunks and fragments are gzip already; scripts, wasm and JSON are compressed by the host.
      bytes += ['.js', '.wasm', '.json'].includes(extname(new URL(response.url()).pathname)) ? gzipSync(body).length : body.length;
    });
    await page.goto(`${server.url}/cari/`);
    const start = Date.now();
    await page.locator('#search-input').fill('diplomat');
    await page.locator('#search-results > li').first().waitFor();
    const ms = Date.now() - start;
    await page.waitForLoadState('networkidle');
    return { kb: bytes / 1024, ms };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs the whole pipeline for N generated professions in a temporary copy of the site. */
async function runScale(root: string, n: number, seeds: { file: string; text: string }[]) {
  const work = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  const sources = join(work, 'sources');
  const site = join(work, 'site');
  mkdirSync(sources);
  mkdirSync(join(site, 'content/professions'), { recursive: true });
  for (const { file, text } of generateTexts(seeds, n)) writeFileSync(join(sources, file), text);
  // Astro needs its pages under the root it builds; dependencies are shared through a link.
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  for (const entry of ['src', 'public', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(site, entry), { recursive: true });
  // Same config, but a cache of its own so the real site's content cache is left alone.
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.astro-cache' };\n`,
  );

  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  const ingest = measure(root, bin('vite-node'), ['scripts/ingest.ts', '--', '--sources', sources, '--out', join(site, 'content/professions')]);
  const astro = measure(site, bin('astro'), ['build', '--silent']);
  const pagefind = measure(site, bin('pagefind'), ['--site', 'dist', '--silent']);
  const search = await firstSearch(join(site, 'dist'));
  const total = ingest.seconds + astro.seconds + pagefind.seconds;
  const row = {
    'ingest s': ingest.seconds.toFixed(1),
    'astro s': astro.seconds.toFixed(1),
    'pagefind s': pagefind.seconds.toFixed(1),
    'total s': total.toFixed(1),
    'ms/page': ((total * 1000) / n).toFixed(1),
    'peak RSS MB': Math.max(ingest.peakMb, astro.peakMb, pagefind.peakMb).toFixed(0),
    'dist MB': (folderBytes(join(site, 'dist')) / 1048576).toFixed(1),
    'index MB': (folderBytes(join(site, 'dist/pagefind')) / 1048576).toFixed(2),
    'home KB gz': (gzipSync(readFileSync(join(site, 'dist/index.html'))).length / 1024).toFixed(1),
    'first search KB': search.kb.toFixed(0),
    'first search ms': String(search.ms),
  };
  rmSync(work, { recursive: true, force: true });
  return { n, total, row };
}

/** Prints the scale table for the given sizes, and the growth from 100 to 1000 when both ran. */
export async function benchScale(root: string, sizes: number[]): Promise<void> {
  const sourcesDir = join(root, 'content/sources');
  const seeds = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).map((file) => ({ file, text: readFileSync(join(sourcesDir, file), 'utf8') }));
  const results = [];
  for (const n of sizes) {
    console.error(`scale ${n}: building…`);
    results.push(await runScale(root, n, seeds));
  }
  console.log('\nScale (generated professions, this machine; astro check excluded)');
  console.table(Object.fromEntries(results.map((r) => [`N=${r.n}`, r.row])));
  const t100 = results.find((r) => r.n === 100)?.total;
  const t1000 = results.find((r) => r.n === 1000)?.total;
  if (t100 && t1000) console.log(`growth 100 → 1000: ${(t1000 / t100).toFixed(1)}× (linear would be 10×)`);
}
