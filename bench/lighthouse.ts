/**
 * Lighthouse (mobile settings: a mid-range phone on a slow 4G link, simulated) on a few pages of
 * dist/, served as a host serves them (the headers of dist/_headers, text compressed with brotli;
 * bench/support/serve-static.ts), in Debian's Chromium. Prints the four category scores and the
 * loading metrics behind them: LCP, TBT, CLS. Figures for `npm run bench`, never a test: they vary
 * with the machine's load.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './support/launch-chromium';
import type { Report } from './report';
import { serveStatic } from './support/serve-static';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Loading metrics: Largest Contentful Paint and Total Blocking Time (ms), Cumulative Layout Shift. */
const METRICS = { LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' } as const;

/** Scores 0–100 per category for one page, its loading metrics, and the audits that cost points. */
export interface LighthouseScores {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits that cost points in any run, as "category: audit title (value)". */
  failing: string[];
}

/** Returns the median of some numbers. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs Lighthouse `runs` times on each path of the built site in `dist`; scores are the medians (Lighthouse's own advice). */
async function lighthouseScores(dist: string, paths: string[], runs = 3): Promise<LighthouseScores[]> {
  const server = await serveStatic(dist);
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const path of paths) {
      const perRun: Record<string, number>[] = [];
      const metricsPerRun: Record<string, number>[] = [];
      const failing = new Set<string>();
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { categories, audits } = run.lhr;
        perRun.push(Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])));
        metricsPerRun.push(Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, audits[id]?.numericValue ?? NaN])));
        for (const id of CATEGORIES) {
          for (const ref of categories[id]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && (audit.score ?? 1) < 1) failing.add(`${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
          }
        }
      }
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(perRun.map((r) => r[id]!))]));
      const metrics = Object.fromEntries(Object.keys(METRICS).map((name) => [name, median(metricsPerRun.map((r) => r[name]!))]));
      results.push({ path, scores: scores as LighthouseScores['scores'], metrics: metrics as LighthouseScores['metrics'], failing: [...failing] });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** Reports the scores as a table, then any audit that cost points. */
export async function printLighthouse(dist: string, paths: string[], report: Report, runs = 3): Promise<void> {
  const results = await lighthouseScores(dist, paths, runs);
  report.table(
    `Lighthouse 12, mobile settings, served compressed, median of ${runs} runs (target: 100 in each, LCP ≤ 1.0 s, TBT 0 ms, CLS 0)`,
    Object.fromEntries(
      results.map((r) => [
        r.path,
        { ...r.scores, LCP: `${(r.metrics.LCP / 1000).toFixed(2)} s`, TBT: `${Math.round(r.metrics.TBT)} ms`, CLS: Number(r.metrics.CLS.toFixed(3)) },
      ]),
    ),
    'page',
  );
  const failing = results.flatMap((r) => r.failing.map((f) => `- ${r.path}: ${f}`));
  if (failing.length > 0) report.note(`Audits that cost points in some run:\n${failing.join('\n')}`);
}
