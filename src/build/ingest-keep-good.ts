/**
 * The dev server's ingest (src/integrations/source-watch.ts): like `ingestFolder`, but one broken
 * text does not hold back the others. Every source that passes has its generated file written; a
 * source with a problem keeps the file it last generated (the `source:` field of its frontmatter
 * names it), so its page shows its last good version until the text is fixed. Each file is written
 * whole and renamed into place: nothing is ever half-written. The build and `npm run ingest` stay all
 * or nothing (`ingestFolder`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ingestSources } from '../lib/profile/ingest';
import type { SourceProblem } from '../lib/profile/parse';
import { ROOT } from './content-paths';
import { openIngestCache, parserFingerprint } from './ingest-cache';
import { readSources } from './ingest-folder';

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
  /** Problems by source file name (as `ingestSources` reports them); empty when every source passed. */
  problems: SourceProblem[];
  /** A problem with the folder itself (no sources at all): nothing was written. */
  folderProblem?: string;
  /** Generated files written and removed, by name. */
  written: string[];
  removed: string[];
  /** Generated files kept as they were because their source has a problem, by name. */
  kept: string[];
  /** Sources parsed, and recalled from the cache. */
  parsed: number;
  recalled: number;
}

/** Returns the `source:` field of a generated file's frontmatter (undefined when it has none). */
export function generatedFrom(markdown: string): string | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? '';
  const line = /^source:.*$/m.exec(frontmatter)?.[0];
  if (!line) return undefined;
  const value = (parse(line) as { source?: unknown } | null)?.source;
  return typeof value === 'string' ? value : undefined;
}

/** Ingests `options.sources` into `options.out`, keeping the last good file of every source that fails. */
export function ingestKeepingGood(options: KeepGoodOptions): KeepGoodResult {
  const read = readSources(options.sources);
  const none = { problems: [], written: [], removed: [], kept: [], parsed: 0, recalled: 0 };
  if (read.problems.length > 0) return { ...none, folderProblem: read.problems.join('\n') };

  const cache = options.cache ? openIngestCache(options.cache, parserFingerprint(ROOT)) : undefined;
  const result = ingestSources(read.sources, { recall: cache?.recall });
  cache?.save(read.sources, result.ingested);

  // Sources that passed give their files; a slug two sources claim goes to the first, as always.
  const outputs = new Map<string, string>();
  for (const { file } of read.sources) {
    const passed = result.ingested.get(file);
    if (passed) outputs.set(`${passed.slug}.md`, passed.markdown);
  }
  const failing = new Set(read.sources.map(({ file }) => file).filter((file) => !result.ingested.has(file)));

  const { out } = options;
  const existing = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')) : [];
  const changed = [...outputs].filter(([file, text]) => !existing.includes(file) || readFileSync(join(out, file), 'utf8') !== text);
  const orphans = existing.filter((file) => !outputs.has(file));
  // A file no passing source gives stays when a failing source generated it: its last good version.
  const kept = failing.size === 0 ? [] : orphans.filter((file) => failing.has(generatedFrom(readFileSync(join(out, file), 'utf8')) ?? ''));
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
  return { problems: result.problems, written: changed.map(([file]) => file), removed, kept, parsed: read.sources.length - recalled, recalled };
}
