/**
 * Lighthouse (mobile settings: a mid-range phone on a slow 4G link, simulated) on a few pages of
 * dist/, served with the headers of dist/_headers, in Debian's Chromium. Prints the four category
 * scores. Figures for `npm run bench`, never a test: scores vary with the machine's load.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './support/launch-chromium';
import type { Report } from './report';
import { serveStatic } from './support/serve-static';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Scores 0–100 per category for one page, and the audits that cost points. */
export interface LighthouseScores {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
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
      const failing = new Set<string>();
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { categories, audits } = run.lhr;
        perRun.push(Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])));
        for (const id of CATEGORIES) {
          for (const ref of categories[id]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && (audit.score ?? 1) < 1) failing.add(`${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
          }
        }
      }
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(perRun.map((r) => r[id]!))]));
      results.push({ path, scores: scores as LighthouseScores['scores'], failing: [...failing] });
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
    `Lighthouse 12, mobile settings, median of ${runs} runs (target: 100 in each)`,
    Object.fromEntries(results.map((r) => [r.path, r.scores])),
    'page',
  );
  const failing = results.flatMap((r) => r.failing.map((f) => `- ${r.path}: ${f}`));
  if (failing.length > 0) report.note(`Audits that cost points in some run:\n${failing.join('\n')}`);
}
