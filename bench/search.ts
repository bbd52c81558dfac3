/**
 * Search quality and speed, measured in Chromium against the built site: the query set's top-1
 * accuracy and MRR, the share of queries whose first result offers the expected section first, latency from the last keystroke to rendered results, and the bytes the first
 * search fetches. Used by `npm run bench` and by tests/e2e/search-quality.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../src/client/search/engine';
import { professionPath, searchPath } from '../src/routes';
import { Report } from './report';

/** One query of tests/search/queries.json. */
export interface QueryCase {
  q: string;
  kind: string;
  /** Slugs of the professions that must come first (any one at rank 1, every one in the top 3). */
  expect: string[];
  /** The id of the section the first result must offer first, when the query names one. */
  section?: string;
  /** What in the text makes `section` the answer. */
  why?: string;
}

/** A query's answer as the /cari/ page rendered it. */
export interface QueryRun extends QueryCase {
  slugs: string[];
  /** The id of the first section the first result offers, or "" when it offers none. */
  firstSection: string;
  /** Milliseconds from the last keystroke to rendered results, the debounce taken off. */
  ms: number;
}

/** The team's query set. */
export function loadQueries(): QueryCase[] {
  const file = fileURLToPath(new URL('../tests/search/queries.json', import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: QueryCase[] }).queries;
}

/** Types `q` into the /cari/ box (already open in `page`) and returns the ranked slugs and the time. */
async function runQuery(page: Page, query: QueryCase): Promise<QueryRun> {
  const { slugs, firstSection, ms } = await page.evaluate(
    async ({ q, debounce }) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = q;
      const typed = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const rendered = await new Promise<number>((resolve, reject) => {
        const giveUp = typed + 10_000;
        const check = () => {
          const mark = performance.getEntriesByName('search:rendered').at(-1);
          if (mark && mark.startTime > typed) resolve(mark.startTime);
          else if (performance.now() > giveUp) reject(new Error(`no results rendered for "${q}"`));
          else setTimeout(check, 1);
        };
        check();
      });
      const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li h2 a')];
      const section = document.querySelector<HTMLAnchorElement>('#search-results > li:first-child ul a');
      return {
        slugs: links.map((a) => new URL(a.href).pathname.split('/')[2]!),
        firstSection: section ? new URL(section.href).hash.slice(1) : '',
        ms: rendered - typed - debounce,
      };
    },
    { q: query.q, debounce: DEBOUNCE_MS },
  );
  return { ...query, slugs, firstSection, ms };
}

/** Runs every query on one /cari/ page, after one warm-up search (the first search is measured apart). */
export async function runQueries(page: Page, baseUrl: string, queries = loadQueries()): Promise<QueryRun[]> {
  await page.goto(baseUrl + searchPath());
  await runQuery(page, { q: 'diplomasi', kind: 'warm-up', expect: [] });
  const runs: QueryRun[] = [];
  for (const query of queries) runs.push(await runQuery(page, query));
  return runs;
}

/**
 * Ranking figures: share of queries with an expected profession first, mean reciprocal rank, and,
 * of the queries that name a section, the share whose first result is an expected profession
 * offering that section first; with the misses of each.
 */
export function scoreRuns(runs: readonly QueryRun[]) {
  const rank = (run: QueryRun) => run.slugs.findIndex((slug) => run.expect.includes(slug)) + 1;
  const top1 = runs.filter((run) => rank(run) === 1).length / runs.length;
  const mrr = runs.reduce((sum, run) => sum + (rank(run) ? 1 / rank(run) : 0), 0) / runs.length;
  const notTop1 = runs.filter((run) => rank(run) !== 1);
  const notTop3 = runs.filter((run) => !run.expect.every((slug) => run.slugs.slice(0, 3).includes(slug)));
  const withSection = runs.filter((run) => run.section);
  const sectionMisses = withSection.filter((run) => rank(run) !== 1 || run.firstSection !== run.section);
  const sectionTop1 = withSection.length === 0 ? 1 : 1 - sectionMisses.length / withSection.length;
  return { top1, mrr, notTop1, notTop3, sectionTop1, sectionCount: withSection.length, sectionMisses };
}

/** The value at quantile `p` (0–1) of a list of numbers. */
function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** A fetched file's bytes: as served, and gzip-compressed as a static host would send it. */
interface Fetched {
  path: string;
  raw: number;
  gzip: number;
}

/**
 * Opens a profession page in a fresh browser, types a query into the header box and returns every
 * file fetched from focusing the box to rendered results. Pagefind's .pagefind files are already
 * compressed, so they count as they are.
 */
async function firstSearchFetches(browser: Browser, baseUrl: string, dist: string, slug: string, query: string): Promise<Fetched[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(baseUrl + professionPath(slug));
  await page.waitForLoadState('networkidle');
  const paths: string[] = [];
  const record = (url: string) => url.startsWith(baseUrl) && paths.push(new URL(url).pathname);
  page.on('request', (request) => record(request.url()));
  // The worker's own requests (wasm, index) are seen at the context level.
  context.on('request', (request) => record(request.url()));
  const box = page.locator('#header-search');
  await box.click();
  await box.pressSequentially(query);
  await page.locator('#header-search-list [role="option"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...new Set(paths)].map((path) => {
    const bytes = readFileSync(join(dist, path));
    const compressed = path.endsWith('.pagefind') || path.endsWith('.pf_index') || path.endsWith('.pf_fragment') || path.endsWith('.pf_meta');
    return { path, raw: statSync(join(dist, path)).size, gzip: compressed ? bytes.length : gzipSync(bytes).length };
  });
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** Reports the search figures: first-search bytes, ranking, latency. */
async function benchSearch(browser: Browser, baseUrl: string, dist: string, report = new Report()): Promise<void> {
  const files = await firstSearchFetches(browser, baseUrl, dist, 'koordinator-pertemuan-politik', 'agenda');
  report.table(
    'First search (fresh browser, profession page, header box, "agenda"): files fetched',
    Object.fromEntries(files.map((f) => [f.path, { 'raw KB': kb(f.raw), 'compressed KB': kb(f.gzip) }])),
    'file',
  );
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  report.note(`First search fetches ${kb(total)} KB compressed (${kb(files.reduce((s, f) => s + f.raw, 0))} KB as served), budget 100 KB.`);

  const context = await browser.newContext();
  const runs = await runQueries(await context.newPage(), baseUrl);
  await context.close();
  const { top1, mrr, notTop1, sectionTop1, sectionCount, sectionMisses } = scoreRuns(runs);
  const times = runs.map((run) => run.ms);
  report.table(`Search quality, ${runs.length} queries of tests/search/queries.json (fixture site)`, {
    measured: {
      'top-1': `${(top1 * 100).toFixed(1)} %`,
      MRR: mrr.toFixed(3),
      [`section top-1 (${sectionCount} queries)`]: `${(sectionTop1 * 100).toFixed(1)} %`,
      'latency median (ms)': quantile(times, 0.5).toFixed(1),
      'latency p95 (ms)': quantile(times, 0.95).toFixed(1),
    },
  });
  report.note(
    `Latency: from the end of the last keystroke's debounce (${DEBOUNCE_MS} ms) to results in the page; budget 100 ms median. Top-1 budget ≥ 95 %. Section top-1 (the first result's first section is the one that answers the query) budget ≥ 90 %.`,
  );
  const misses = notTop1.map((run) => `- "${run.q}" → ${run.slugs.slice(0, 3).join(', ') || '(nothing)'}; expected ${run.expect.join(' or ')}`);
  if (misses.length > 0) report.note(`Not first:\n${misses.join('\n')}`);
  const wrongSections = sectionMisses.map((run) => `- "${run.q}" → ${run.slugs[0] ?? '(nothing)'}#${run.firstSection || '(none)'}; expected #${run.section}`);
  if (wrongSections.length > 0) report.note(`First section not the expected one:\n${wrongSections.join('\n')}`);
}

/** Serves `dist` on a free port, starts Chromium, reports the search figures, and stops both. */
export async function benchSearchOnDist(dist: string, report = new Report()): Promise<void> {
  const { launchChromium } = await import('./support/launch-chromium');
  const { serveStatic } = await import('./support/serve-static');
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    await benchSearch(browser, server.url, dist, report);
  } finally {
    await browser.close();
    await server.close();
  }
}
