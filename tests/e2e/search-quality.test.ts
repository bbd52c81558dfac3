/** The team's query set (tests/search/queries.json, about the fixture site's texts), typed into /cari/ in Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQueries, runQueries, scoreRuns, type QueryRun } from '../../bench/search';
import { useBuiltSite } from '../support/browser';
import { FIXTURE_DIST } from '../support/paths';

const site = useBuiltSite(FIXTURE_DIST);
let runs: QueryRun[];

beforeAll(async () => {
  runs = await runQueries(await (await site.browser.newContext()).newPage(), site.server.url);
}, 120_000);

const show = (list: QueryRun[]) => list.map((run) => `"${run.q}" → ${run.slugs.slice(0, 3).join(', ') || '(nothing)'}`);

describe('search quality', () => {
  it('has at least 40 queries, each naming professions that exist', () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const slugs = new Set(runs.flatMap((run) => run.slugs));
    for (const query of queries) for (const slug of query.expect) expect(slugs, query.q).toContain(slug);
  });

  it('has at least 40 queries naming the section that answers them, a section of the expected page, with why', () => {
    const withSection = loadQueries().filter((query) => query.section);
    expect(withSection.length).toBeGreaterThanOrEqual(40);
    for (const query of withSection) {
      expect(query.expect, query.q).toHaveLength(1);
      expect(query.why, query.q).toBeTruthy();
      const html = readFileSync(join(FIXTURE_DIST, 'profesi', query.expect[0]!, 'index.html'), 'utf8');
      expect(html, `${query.q}: #${query.section}`).toContain(`<h2 id="${query.section}"`);
    }
  });

  it('ranks an expected profession first for at least 95% of the queries', () => {
    const { top1, notTop1 } = scoreRuns(runs);
    expect(top1, show(notTop1).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('offers the expected section first in the first result for at least 90% of the queries that name one', () => {
    const { sectionTop1, sectionMisses } = scoreRuns(runs);
    const misses = sectionMisses.map((run) => `"${run.q}" → ${run.slugs[0] ?? '(nothing)'}#${run.firstSection}; expected #${run.section}`);
    expect(sectionTop1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('has every expected profession in the top 3', () => {
    expect(show(scoreRuns(runs).notTop3)).toEqual([]);
  });
});
