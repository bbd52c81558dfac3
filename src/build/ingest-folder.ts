/**
 * The ingest bound to the disk: reads every source of a folder, runs the pure ingest
 * (src/core/profile/ingest.ts) and writes the generated Markdown and the slug history only when every
 * source passed. Used by the CLI (`scripts/ingest.ts`) and the fixture-site build; the dev server's
 * watcher has its own keep-last-good variant (ingest-keep-good.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatProblem, ingestSources, type IngestResult, type SourceFile } from '../core/profile/ingest';
import type { RedirectRequest } from '../core/profile/slug-history';
import { openIngestCache, parserFingerprint } from './ingest-cache';
import { readPublished } from './published';
import { readSources as readSourceFolder } from './read-sources';
import { ROOT } from './content-paths';
import { planSlugHistory } from './slug-history-file';

/** What `ingestFolder` reads and writes. */
export interface IngestFolderOptions {
  /** Folder of the `.txt` sources. */
  sources: string;
  /** Folder of the generated `<slug>.md` files. */
  out: string;
  /** Cache file of earlier outcomes; `undefined`: parse every source. */
  cache?: string;
  /** Compare only: write nothing, report what is out of date. */
  check?: boolean;
  /**
   * The slug history to keep (`<content>/slug-history.json`), updated with the Markdown;
   * `undefined`: keep none.
   */
  history?: string;
  /** A writer's redirects to record in the history (`--redirect <old>=<slug>`). */
  redirects?: RedirectRequest[];
}

/** The outcome of one run, as lines a person reads. */
export interface IngestFolderResult {
  /** Whether every source passed (and, with `check`, the output was current). */
  ok: boolean;
  /** `file:line: problem` lines (or, with `check`, the out-of-date files); empty when ok. */
  problems: string[];
  /** `file:line: warning` lines that do not stop the ingest. */
  warnings: string[];
  /** The pure ingest's result, for reports. */
  result?: IngestResult;
  /** Generated files written (or, with `check`, out of date) and removed (or stale). */
  written: string[];
  removed: string[];
  /** The one-line summary the CLI prints. */
  summary: string;
}

/**
 * Returns the `.txt` sources of a folder, sorted by name, with their bytes, and a located problem or
 * warning for every other entry (src/build/read-sources.ts).
 */
export function readSources(dir: string): { sources: SourceFile[]; problems: string[]; warnings: string[] } {
  return readSourceFolder(dir);
}

/** Ingests every source of `options.sources` into `options.out`: all or nothing. */
export function ingestFolder(options: IngestFolderOptions): IngestFolderResult {
  const read = readSources(options.sources);
  const failed = (problems: string[], result?: IngestResult): IngestFolderResult => ({
    ok: false,
    problems,
    warnings: read.warnings,
    result,
    written: [],
    removed: [],
    summary: `ingest failed: ${problems.length} problem(s); nothing was written`,
  });
  if (read.sources.length === 0) return failed(read.problems);

  const cache = options.cache ? openIngestCache(options.cache, parserFingerprint(ROOT)) : undefined;
  const result = ingestSources(read.sources, { recall: cache?.recall, publishedBy: readPublished(options.out) });
  // Every problem is reported at once: the unreadable entries of the folder, then each text's.
  if (read.problems.length > 0) return failed([...read.problems, ...result.problems.map(formatProblem)], result);
  if (result.problems.length > 0) return failed(result.problems.map(formatProblem), result);
  cache?.save(read.sources, result.ingested);
  const parsed = `${read.sources.length - (cache?.recalled ?? 0)} parsed, ${cache?.recalled ?? 0} unchanged`;
  const record = options.history ? planSlugHistory(options.history, result.ingested, options.redirects) : undefined;
  if (record && record.problems.length > 0) return failed(record.problems, result);

  const { out } = options;
  const existing = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')) : [];
  const changed = [...result.outputs].filter(([file, text]) => !existing.includes(file) || readFileSync(join(out, file), 'utf8') !== text);
  const stale = existing.filter((file) => !result.outputs.has(file));
  const done = { warnings: read.warnings, result, written: changed.map(([file]) => file), removed: stale };

  if (options.check) {
    const problems = [
      ...changed.map(([file]) => `${join(out, file)}: out of date with its source`),
      ...stale.map((file) => `${join(out, file)}: no source gives this file any more`),
      ...(record?.changed ? [`${options.history}: out of date with the sources' titles`] : []),
    ];
    if (problems.length > 0)
      return {
        ...failed([...problems, 'run `npm run ingest` and commit the result'], result),
        summary: `ingest --check: ${problems.length} file(s) out of date`,
      };
    return { ok: true, problems: [], ...done, summary: `ingest --check: ${result.outputs.size} profession files are up to date (${parsed})` };
  }

  // Every file is complete in a temporary folder before any goes into place.
  mkdirSync(out, { recursive: true });
  const staging = join(out, `.staging-${process.pid}`);
  mkdirSync(staging);
  const historyTemp = options.history && join(staging, basename(options.history));
  try {
    for (const [file, text] of changed) writeFileSync(join(staging, file), text);
    if (record?.changed && historyTemp) writeFileSync(historyTemp, record.text);
    for (const [file] of changed) renameSync(join(staging, file), join(out, file));
    for (const file of stale) rmSync(join(out, file));
    if (record?.changed && historyTemp) renameSync(historyTemp, options.history!);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return {
    ok: true,
    problems: [],
    ...done,
    summary: `ingest: ${result.outputs.size} professions (${parsed}), ${changed.length} written, ${stale.length} removed${record?.changed ? ', slug history updated' : ''}`,
  };
}
