/**
 * The scale benchmark (`npm run bench -- --scale 10,100,1000`): for each N, generates N texts in a
 * temporary folder, runs ingest → astro build → pagefind on a throw-away copy of the site, and
 * measures time, peak memory, output size and a first search in Chromium; then edits one text and
 * times the rebuild, which keeps the caches.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './support/launch-chromium';
import { serveStatic } from './support/serve-static';
import { generateTexts } from './support/generate-texts';
import { searchPath } from '../src/routes';
import { copySite } from './support/site-copy';

/** Every process as [pid, parent pid, resident KB]: from /proc where there is one (cheap), else from `ps`. */
function processTable(): [number, number, number][] {
  if (!existsSync('/proc/self/stat')) {
    return execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  }
  const rows: [number, number, number][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
      rows.push([Number(pid), field('PPid'), field('VmRSS')]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return rows;
}

/** Resident memory (KB) of a process and all its descendants (the preview-image renderers are grandchildren). */
function treeRssKb(rootPid: number): number {
  const rows = processTable();
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
}

/** Seconds and peak resident memory (MB, the whole process tree, sampled every half second) of one command. */
function measure(root: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: 'ignore' });
    let peakKb = 0;
    const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 500);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024 });
    });
  });
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
    await page.goto(server.url + searchPath());
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
  for (const { file, text } of generateTexts(seeds, n)) writeFileSync(join(sources, file), text);
  const env = copySite(root, site);

  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  const pipeline = async () => {
    const ingest = await measure(root, bin('vite-node'), ['scripts/ingest.ts', '--', '--sources', sources, '--cache', join(work, 'ingest-cache.json')], env);
    const astro = await measure(site, bin('astro'), ['build', '--silent'], env);
    const pagefind = await measure(site, bin('pagefind'), ['--site', 'dist', '--silent'], env);
    return { ingest, astro, pagefind, total: ingest.seconds + astro.seconds + pagefind.seconds };
  };
  // A first build, with every cache empty.
  const { ingest, astro, pagefind, total } = await pipeline();
  const search = await firstSearch(join(site, 'dist'));
  // A writer then edits one text: the rebuild keeps Astro's content cache and the preview images.
  const edited = readdirSync(sources).sort()[0]!;
  appendFileSync(join(sources, edited), '\nPekerjaan ini juga menuntut ketelitian membaca dokumen panjang.\n');
  const rebuild = await pipeline();
  const row = {
    'ingest s': ingest.seconds.toFixed(1),
    'astro s': astro.seconds.toFixed(1),
    'pagefind s': pagefind.seconds.toFixed(1),
    'total s': total.toFixed(1),
    'rebuild s': rebuild.total.toFixed(1),
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
  // The frozen seed texts of the fixture site: the generated sites are the same whatever content/ holds.
  const sourcesDir = join(root, 'tests/fixture-site/content/sources');
  const seeds = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(join(sourcesDir, file), 'utf8') }));
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
