/**
 * The ingest's cache, so that unchanged sources are not parsed again: each source that passed is
 * kept under a SHA-256 of its bytes, in a file stamped with the parser's fingerprint (its code and
 * the versions of the packages it writes with). A changed text is parsed again; any change to the
 * parser voids the whole cache. Only what passed is kept: a failing text is always parsed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { installedVersion } from './installed-version';
import type { IngestedSource, SourceFile } from '../core/profile/ingest';

/** The packages whose version changes the generated Markdown. */
const PARSER_PACKAGES = ['remark', 'yaml', 'astro'];

/**
 * The parser's code: every module of src/core/profile and every module they import, followed
 * through relative imports (the text utilities, the slug function…), so moving a helper out of the
 * folder cannot leave a stale cache behind.
 */
function parserFiles(root: string): string[] {
  const profile = join(root, 'src/core/profile');
  const pending = readdirSync(profile, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(profile, f));
  const found = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), specifier!);
      const module = [target, `${target}.ts`, join(target, 'index.ts')].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
      if (module) pending.push(module);
    }
  }
  return [...found].sort();
}

/** Returns a hash of the parser's code and package versions: when it changes, cached results are void. */
export function parserFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of parserFiles(root)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  for (const name of PARSER_PACKAGES) hash.update(`${name}@${installedVersion(name)}\0`);
  return hash.digest('hex');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface CacheFile {
  fingerprint: string;
  entries: Record<string, { sha: string; ingested: IngestedSource }>;
}

/** An opened cache: recall sources from it, then save this run's outcome. */
export interface IngestCache {
  recall: (source: SourceFile) => IngestedSource | undefined;
  /** How many sources were recalled so far. */
  readonly recalled: number;
  /** Replaces the cache with the sources that passed in this run. */
  save: (sources: readonly SourceFile[], ingested: ReadonlyMap<string, IngestedSource>) => void;
}

/** Opens the cache in `file` (missing, unreadable or of another parser: empty). */
export function openIngestCache(file: string, fingerprint: string): IngestCache {
  let entries: CacheFile['entries'] = {};
  try {
    const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CacheFile) : undefined;
    if (stored?.fingerprint === fingerprint) entries = stored.entries;
  } catch {
    // A damaged cache is an empty one: everything is parsed again.
  }
  let recalled = 0;
  return {
    recall(source) {
      const entry = entries[source.file];
      if (!entry || entry.sha !== sha256(source.bytes)) return undefined;
      recalled++;
      return entry.ingested;
    },
    get recalled() {
      return recalled;
    },
    save(sources, ingested) {
      const next: CacheFile = { fingerprint, entries: {} };
      for (const source of sources) {
        const passed = ingested.get(source.file);
        if (passed) next.entries[source.file] = { sha: sha256(source.bytes), ingested: passed };
      }
      // Written whole, then renamed: a concurrent or interrupted run never reads half a cache.
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(next));
      renameSync(temporary, file);
    },
  };
}
