/**
 * The slug history on disk (`<content>/slug-history.json`, written by the ingest, never by hand):
 * what the ingest would write, and the redirects a build reads from it. The record itself is pure
 * data (src/core/profile/slug-history.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  EMPTY_HISTORY,
  formatSlugHistory,
  parseSlugHistory,
  slugRedirects,
  updateSlugHistory,
  type RedirectRequest,
  type SlugHistory,
} from '../core/profile/slug-history';

/** What the ingest would make of the record. */
export interface SlugHistoryPlan {
  /** The record's text after this ingest. */
  text: string;
  /** Whether that differs from the file (or there is no file yet). */
  changed: boolean;
  /** Why the record cannot be updated (an unreadable file, a writer's request that cannot be); nothing may be written. */
  problems: string[];
}

/** Returns the record at `path` after an ingest whose sources have these current slugs, with the writer's requests. */
export function planSlugHistory(path: string, current: ReadonlyMap<string, { slug: string }>, requests: readonly RedirectRequest[] = []): SlugHistoryPlan {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  let previous: SlugHistory;
  try {
    previous = before === undefined ? EMPTY_HISTORY : parseSlugHistory(before);
  } catch (error) {
    return { text: before ?? '', changed: false, problems: [`${path}: ${(error as Error).message} (the ingest writes this file; restore it from git)`] };
  }
  const slugs = new Map([...current].map(([file, { slug }]) => [file, slug]));
  const { history, problems } = updateSlugHistory(previous, slugs, requests);
  const text = formatSlugHistory(history);
  return { text, changed: text !== before, problems };
}

/** Returns the record at `path`; a content set without one has no history. */
function readSlugHistory(path: string): SlugHistory {
  return existsSync(path) ? parseSlugHistory(readFileSync(path, 'utf8')) : EMPTY_HISTORY;
}

/** Returns every old address of the content set's record and the slug it leads to (old slug → current slug). */
export function readSlugRedirects(path: string): Map<string, string> {
  return slugRedirects(readSlugHistory(path));
}
