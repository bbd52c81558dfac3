/** The slug history as pure data: how an ingest's outcome updates it, and the redirects it gives. */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  formatSlugHistory,
  parseRedirectArgument,
  parseSlugHistory,
  slugRedirects,
  updateSlugHistory,
  type RedirectRequest,
  type SlugHistory,
} from '../../../src/core/profile/slug-history';

const history = (sources: Record<string, string[]>, redirects: Record<string, string> = {}): SlugHistory => ({ sources, redirects });
const slugs = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** Runs ingests one after another from an empty record, each with its sources' current slugs. */
function afterRuns(...runs: (Record<string, string> | [Record<string, string>, RedirectRequest[]])[]): SlugHistory {
  let record = EMPTY_HISTORY;
  for (const run of runs) {
    const [current, requests] = Array.isArray(run) ? run : [run, []];
    const update = updateSlugHistory(record, slugs(current), requests);
    expect(update.problems).toEqual([]);
    record = update.history;
  }
  return record;
}

describe('updateSlugHistory and slugRedirects', () => {
  it.each<[string, SlugHistory, Record<string, string>]>([
    ['a first ingest records each current slug, and nothing redirects', afterRuns({ 'a.txt': 'a', 'b.txt': 'b' }), {}],
    ['an unchanged title adds nothing', afterRuns({ 'a.txt': 'a' }, { 'a.txt': 'a' }), {}],
    ['a rename keeps the old slug, which leads to the new', afterRuns({ 'a.txt': 'a' }, { 'a.txt': 'a2' }), { a: 'a2' }],
    ['a rename back makes the live slug current again and the other one old', afterRuns({ 'a.txt': 'a' }, { 'a.txt': 'a2' }, { 'a.txt': 'a' }), { a2: 'a' }],
    ['a chain a → b → c sends both a and b to c', afterRuns({ 'x.txt': 'a' }, { 'x.txt': 'b' }, { 'x.txt': 'c' }), { a: 'c', b: 'c' }],
    [
      "an old slug taken by another profession's new title is that page again: no redirect",
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, { 'x.txt': 'a2', 'y.txt': 'b' }, { 'x.txt': 'a2', 'y.txt': 'a' }),
      { b: 'a' },
    ],
    [
      'a slug taken and left again leads to the profession that had it last',
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, { 'x.txt': 'a2', 'y.txt': 'b' }, { 'x.txt': 'a2', 'y.txt': 'a' }, { 'x.txt': 'a2', 'y.txt': 'c' }),
      { a: 'c', b: 'c' },
    ],
    ['a removed source takes its addresses with it', afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, { 'x.txt': 'a2', 'y.txt': 'b' }, { 'y.txt': 'b' }), {}],
    ['a source renamed on disk keeps its history', afterRuns({ 'x.txt': 'a' }, { 'x.txt': 'a2' }, { 'z.txt': 'a2' }), { a: 'a2' }],
    ['a source renamed on disk keeps its history through a later title change', afterRuns({ 'x.txt': 'a' }, { 'z.txt': 'a' }, { 'z.txt': 'a2' }), { a: 'a2' }],
    [
      'a removed source pointed at another profession sends every old address of it there',
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, { 'x.txt': 'a2', 'y.txt': 'b' }, [{ 'y.txt': 'b' }, [{ from: 'a2', to: 'b' }]]),
      { a: 'b', a2: 'b' },
    ],
    [
      "a writer's redirect follows its target's rename",
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, [{ 'y.txt': 'b' }, [{ from: 'a', to: 'b' }]], { 'y.txt': 'b2' }),
      { a: 'b2', b: 'b2' },
    ],
    [
      "a writer's redirect ends when a new profession takes its slug",
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, [{ 'y.txt': 'b' }, [{ from: 'a', to: 'b' }]], { 'y.txt': 'b', 'n.txt': 'a' }),
      {},
    ],
    [
      "a writer's redirect ends when its target is removed",
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b', 'z.txt': 'c' }, [{ 'y.txt': 'b', 'z.txt': 'c' }, [{ from: 'a', to: 'b' }]], { 'z.txt': 'c' }),
      {},
    ],
    [
      '"<old>=" removes a writer\'s redirect',
      afterRuns({ 'x.txt': 'a', 'y.txt': 'b' }, [{ 'y.txt': 'b' }, [{ from: 'a', to: 'b' }]], [{ 'y.txt': 'b' }, [{ from: 'a', to: '' }]]),
      {},
    ],
  ])('%s', (_case, record, expected) => {
    expect(Object.fromEntries(slugRedirects(record))).toEqual(expected);
    // Whatever happened, every redirect leads to a live slug and no live slug redirects.
    const live = new Set(Object.values(record.sources).map((list) => list.at(-1)));
    for (const [from, to] of slugRedirects(record)) {
      expect(live.has(to), to).toBe(true);
      expect(live.has(from), from).toBe(false);
    }
  });

  it("keeps each source's slugs oldest first, the current one last", () => {
    expect(afterRuns({ 'x.txt': 'a' }, { 'x.txt': 'b' }, { 'x.txt': 'a' }, { 'x.txt': 'c' }).sources).toEqual({ 'x.txt': ['b', 'a', 'c'] });
  });

  it.each<[string, RedirectRequest, string]>([
    ['a live slug', { from: 'b', to: 'c' }, '"b" is the address of a profession (y.txt)'],
    ['an earlier title of a live source', { from: 'a', to: 'c' }, '"a" is an earlier title of x.txt, and already leads to "a2"'],
    ['a target no profession has', { from: 'gone', to: 'nope' }, 'no profession has the slug "nope"'],
    ['an old slug that is not a slug', { from: 'Not A Slug', to: 'b' }, '"Not A Slug" is not a slug'],
  ])('refuses a redirect from %s', (_case, request, message) => {
    const record = history({ 'x.txt': ['a', 'a2'], 'y.txt': ['b'], 'z.txt': ['c'] });
    const { problems } = updateSlugHistory(record, slugs({ 'x.txt': 'a2', 'y.txt': 'b', 'z.txt': 'c' }), [request]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('never redirects a live slug, nor to a slug no profession has, whatever the file holds', () => {
    const record = history({ 'x.txt': ['a'], 'y.txt': ['b'] }, { a: 'b', gone: 'nowhere' });
    expect(Object.fromEntries(slugRedirects(record))).toEqual({});
  });
});

describe('the record as text', () => {
  it('is stable, sorted, two-space JSON with a final newline, and reads back as written', () => {
    const record = history({ 'z.txt': ['c'], 'a.txt': ['a', 'a2'] }, { y: 'c', b: 'a2' });
    const text = formatSlugHistory(record);
    expect(text).toBe(formatSlugHistory(parseSlugHistory(text)));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).sources)).toEqual(['a.txt', 'z.txt']);
    expect(Object.keys(JSON.parse(text).redirects)).toEqual(['b', 'y']);
    expect(text).toContain('"a.txt": [\n      "a",\n      "a2"\n    ]');
  });

  it('rejects what is not a record', () => {
    expect(() => parseSlugHistory('[]')).toThrow(/not a slug history/);
    expect(() => parseSlugHistory('{"sources": {"x.txt": []}, "redirects": {}}')).toThrow(/x\.txt/);
    expect(() => parseSlugHistory('{"sources": {"x.txt": ["Bad Slug"]}, "redirects": {}}')).toThrow(/x\.txt/);
  });

  it('reads --redirect arguments', () => {
    expect(parseRedirectArgument('old=new')).toEqual({ from: 'old', to: 'new' });
    expect(parseRedirectArgument('old=')).toEqual({ from: 'old', to: '' });
    expect(parseRedirectArgument('old')).toMatch(/<old-slug>=<slug>/);
  });
});
