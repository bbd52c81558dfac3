/**
 * The record of every address a profession has had (`<content>/slug-history.json`), as pure data:
 * updated from each ingest's outcome, and turned into the redirects that keep old addresses working.
 * src/build/slug-history-file.ts binds it to the disk.
 *
 * Invariants the update keeps:
 * - each source's list ends with its current slug; earlier entries are its earlier slugs, oldest first;
 * - a slug is in at most one list: a source that takes a slug (a new title) takes it from any other
 *   source's past, so an old address always leads to the profession that had it last;
 * - a writer's redirect (`redirects`) never names a slug that some source's list holds, and always
 *   points at a current slug.
 */

/** The record as stored. */
export interface SlugHistory {
  /** Source file name → every slug it has had, oldest first; the last is its current slug. */
  sources: Record<string, string[]>;
  /**
   * Slug of a removed source → the current slug of the profession its address now leads to, as a
   * writer asked (`npm run ingest -- --redirect <old>=<slug>`).
   */
  redirects: Record<string, string>;
}

/** An empty record: what a content set without one starts from. */
export const EMPTY_HISTORY: SlugHistory = { sources: {}, redirects: {} };

/** A slug as the ingest makes them (src/core/slug.ts): lower-case ASCII words joined by "-". */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Returns whether `value` has the shape of a slug. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** A writer's request: make `from` lead to `to`, or (`to` empty) forget what `from` led to. */
export interface RedirectRequest {
  from: string;
  to: string;
}

/** The updated record, or why a writer's request cannot be recorded. */
export interface HistoryUpdate {
  history: SlugHistory;
  /** Problems with the requests; when any exist, nothing may be written. */
  problems: string[];
}

/**
 * Returns the record after an ingest whose sources now have the slugs of `current` (file name →
 * current slug; slugs are unique), with the writer's `requests` applied.
 *
 * - A title change appends the new slug to its source's list (a slug it had before moves to the end).
 * - A source that is gone from `current` is dropped with its slugs (their addresses stop working),
 *   unless a new file has its current slug: that is the same source renamed on disk, and its list
 *   follows it.
 * - A request whose `from` is the current slug of a source removed in this run points every slug of
 *   that source at `to`.
 */
export function updateSlugHistory(previous: SlugHistory, current: ReadonlyMap<string, string>, requests: readonly RedirectRequest[] = []): HistoryUpdate {
  const lists = new Map<string, string[]>();
  const gone = new Map(Object.entries(previous.sources).filter(([file]) => !current.has(file)));
  const taken: [file: string, slug: string][] = [];

  for (const [file, slug] of current) {
    let list = previous.sources[file];
    if (!list) {
      // A file new to the record: another name of a gone source with the same current slug?
      const moved = [...gone].find(([, slugs]) => slugs.at(-1) === slug);
      if (moved) gone.delete(moved[0]);
      list = moved?.[1] ?? [];
    }
    if (list.at(-1) !== slug) {
      list = [...list.filter((s) => s !== slug), slug];
      taken.push([file, slug]);
    }
    lists.set(file, [...list]);
  }
  // A slug just taken leaves every other source's past.
  for (const [owner, slug] of taken) {
    for (const [file, list] of lists)
      if (file !== owner)
        lists.set(
          file,
          list.filter((s) => s !== slug),
        );
  }

  const live = new Map([...lists].map(([file, list]) => [list.at(-1)!, file]));
  /** Earlier slug → the current slug of the source that had it. */
  const past = new Map([...lists.values()].flatMap((list) => list.slice(0, -1).map((slug) => [slug, list.at(-1)!] as const)));
  const problems: string[] = [];
  const redirects = new Map(Object.entries(previous.redirects));

  for (const { from, to } of requests) {
    if (!isSlug(from)) problems.push(`--redirect ${from}=${to}: "${from}" is not a slug (lower-case words joined by "-")`);
    else if (live.has(from)) problems.push(`--redirect ${from}=${to}: "${from}" is the address of a profession (${live.get(from)})`);
    else if (past.has(from))
      problems.push(`--redirect ${from}=${to}: "${from}" is an earlier title of ${live.get(past.get(from)!)}, and already leads to "${past.get(from)}"`);
    else if (to === '') redirects.delete(from);
    else if (!live.has(to)) problems.push(`--redirect ${from}=${to}: no profession has the slug "${to}"`);
    else {
      // The current slug of a source removed now: all of its addresses go where the writer says.
      const removed = [...gone.values()].find((slugs) => slugs.at(-1) === from);
      for (const slug of removed ?? [from]) if (!live.has(slug) && !past.has(slug)) redirects.set(slug, to);
    }
  }

  // A recorded redirect follows its target's renames; it ends when a source takes its slug or its
  // target is gone.
  const resolve = (slug: string): string | undefined => (live.has(slug) ? slug : past.get(slug));
  const kept = [...redirects]
    .filter(([from]) => !live.has(from) && !past.has(from))
    .map(([from, to]) => [from, resolve(to)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

  return { history: normalizeHistory({ sources: Object.fromEntries(lists), redirects: Object.fromEntries(kept) }), problems };
}

/**
 * Returns every old address and where it leads now (old slug → current slug), sorted by old slug:
 * a source's earlier slugs lead to its current one (a chain a → b → c sends a and b to c), and a
 * writer's redirects lead where they say. A slug that is some source's current one is never
 * redirected: the live page wins.
 */
export function slugRedirects(history: SlugHistory): Map<string, string> {
  const lists = Object.values(history.sources).filter((list) => list.length > 0);
  const live = new Set(lists.map((list) => list.at(-1)!));
  const redirects = new Map<string, string>();
  for (const list of lists) {
    for (const slug of list.slice(0, -1)) if (!live.has(slug)) redirects.set(slug, list.at(-1)!);
  }
  for (const [from, to] of Object.entries(history.redirects)) {
    if (!live.has(from) && !redirects.has(from) && live.has(to)) redirects.set(from, to);
  }
  return new Map([...redirects].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Returns the record with its keys sorted, so that the same record is always the same text. */
export function normalizeHistory(history: SlugHistory): SlugHistory {
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { sources: sorted(history.sources), redirects: sorted(history.redirects) };
}

/** Returns the record as the checked-in file holds it: two-space JSON, one slug a line, a final newline. */
export function formatSlugHistory(history: SlugHistory): string {
  return `${JSON.stringify(normalizeHistory(history), null, 2)}\n`;
}

/** Returns the record a file's text holds; throws on anything that is not a record. */
export function parseSlugHistory(text: string): SlugHistory {
  const data = JSON.parse(text) as unknown;
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isRecord(data) || !isRecord(data.sources) || !isRecord(data.redirects ?? {}))
    throw new Error('not a slug history: expected { "sources": {…}, "redirects": {…} }');
  const sources: Record<string, string[]> = {};
  for (const [file, slugs] of Object.entries(data.sources)) {
    if (!Array.isArray(slugs) || slugs.length === 0 || !slugs.every((s) => typeof s === 'string' && isSlug(s))) {
      throw new Error(`not a slug history: "${file}" must list its slugs`);
    }
    sources[file] = slugs as string[];
  }
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries((data.redirects ?? {}) as Record<string, unknown>)) {
    if (!isSlug(from) || typeof to !== 'string' || !isSlug(to)) throw new Error(`not a slug history: redirect "${from}" must lead to a slug`);
    redirects[from] = to;
  }
  return { sources, redirects };
}

/** Returns the request a `--redirect <old>=<slug>` argument makes (`<old>=` forgets `<old>`), or what is wrong with it. */
export function parseRedirectArgument(argument: string): RedirectRequest | string {
  const match = /^([^=\s]+)=([^=\s]*)$/.exec(argument.trim());
  if (!match) return `--redirect ${argument}: write it as <old-slug>=<slug> (or <old-slug>= to remove a redirect)`;
  return { from: match[1]!, to: match[2]! };
}
