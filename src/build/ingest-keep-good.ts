/**
 * The dev server's ingest (src/build/integrations/source-watch.ts): like `ingestFolder`, but one broken
 * text does not hold back the others. Every source that passes has its generated file written; a
 * source with a problem keeps the file it last generated (the `source:` field of its frontmatter
 * names it: src/build/published.ts), so its page shows its last good version until the text is
 * fixed. Each file is written whole and renamed into place: nothing is ever half-written. The build
 * and `npm run ingest` stay all or nothing (`ingestFolder`).
 *
 * The slug history is left to them: a title changed while previewing is recorded once, from the
 * slug last published to the one the next `npm run ingest` or build finds (never the drafts between).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSources } from '../core/profile/ingest';
import type { SourceProblem } from '../core/profile/parse';
import { ROOT } from './content-paths';
import { openIngestCache, parserFingerprint } from './ingest-cache';
import { readPublished } from './published';
import { readSources } from './read-sources';

/** What `ingestKeepingGood` reads and writes. */
export interface KeepGoodOptions {
  /** Folder of the `.txt` sources. */
  sources: string;
  /** Folder of the generated `<slug>.md` files. */
  out: string;
  /** Cache file of earlier outcomes; `undefined`: parse every source. */
  cache?: string;
}

/** The outcome of one run. */
export interface KeepGoodResult {
  /** Problems by source file name: an entry of the folder that cannot be read, or a text's; empty when every source passed. */
  problems: SourceProblem[];
  /** A problem with the folder itself (missing, or no source at all): nothing was written. */
  folderProblem?: string;
  /** `file:line: warning` lines that do not stop anything (e.g. a `notes.md` that is not read). */
  warnings: string[];
  /** Generated files written and removed, by name. */
  written: string[];
  removed: string[];
  /** Generated files kept as they were because their source has a problem, by name. */
  kept: string[];
  /** Sources parsed, and recalled from the cache. */
  parsed: number;
  recalled: number;
}

/** A `name:line: message` line of the folder reader, as a problem of that file. */
const LOCATED = /^(.+?):(\d+): (.*)$/s;

/** Ingests `options.sources` into `options.out`, keeping the last good file of every source that fails. */
export function ingestKeepingGood(options: KeepGoodOptions): KeepGoodResult {
  const { out } = options;
  const read = readSources(options.sources);
  const none = { problems: [], warnings: read.warnings, written: [], removed: [], kept: [], parsed: 0, recalled: 0 };
  if (read.sources.length === 0) return { ...none, folderProblem: read.problems.join('\n') };

  const cache = options.cache ? openIngestCache(options.cache, parserFingerprint(ROOT)) : undefined;
  const published = readPublished(out);
  const result = ingestSources(read.sources, { recall: cache?.recall, publishedBy: published });
  cache?.save(read.sources, result.ingested);
  const unreadable = read.problems.map((line): SourceProblem => {
    const [, file = line, number = '1', message = ''] = LOCATED.exec(line) ?? [];
    return { file, line: Number(number), message };
  });
  const problems = [...unreadable, ...result.problems];

  // Sources that passed give their files: not one blamed for a slug clash, even if it was let through.
  const failing = new Set(problems.map(({ file }) => file));
  const outputs = new Map<string, string>();
  for (const { file } of read.sources) {
    const passed = result.ingested.get(file);
    if (passed && !failing.has(file)) outputs.set(`${passed.slug}.md`, passed.markdown);
    else failing.add(file);
  }

  const existing = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')) : [];
  const changed = [...outputs].filter(([file, text]) => !existing.includes(file) || readFileSync(join(out, file), 'utf8') !== text);
  const orphans = existing.filter((file) => !outputs.has(file));
  // A file no passing source gives stays when a failing source publishes it: its last good version.
  const kept = orphans.filter((file) => failing.has(published.get(file.slice(0, -'.md'.length)) ?? ''));
  const removed = orphans.filter((file) => !kept.includes(file));

  if (changed.length > 0) {
    mkdirSync(out, { recursive: true });
    const staging = join(out, `.staging-${process.pid}`);
    mkdirSync(staging, { recursive: true });
    try {
      for (const [file, text] of changed) writeFileSync(join(staging, file), text);
      for (const [file] of changed) renameSync(join(staging, file), join(out, file));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  for (const file of removed) rmSync(join(out, file));
  const recalled = cache?.recalled ?? 0;
  return { problems, warnings: read.warnings, written: changed.map(([file]) => file), removed, kept, parsed: read.sources.length - recalled, recalled };
}
