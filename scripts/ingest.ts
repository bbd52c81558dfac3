/**
 * Ingest: content/sources/*.txt → content/professions/<slug>.md. The only file-system code of the
 * pipeline: read every source, parse and validate them all, and write only when all succeed.
 *
 *   npm run ingest                 write the generated files (unchanged ones are not touched)
 *   npm run ingest -- --check      exit 1 when content/professions is not what the sources give
 *   npm run ingest -- --report     print, per file, its title, sections and warnings
 *   --sources DIR --out DIR        other folders (tests use these)
 *   --no-cache                     parse every source, even those unchanged since the last run
 *   --cache FILE                   where to keep that (tests and benchmarks use their own)
 *
 * Sources unchanged since the last run (same bytes, same parser) are not parsed again: their
 * outcome is kept in node_modules/.cache/peta-profesi/ingest.json (scripts/support/ingest-cache.ts).
 * Entries are keyed by file name and the bytes' hash, so a cache shared by other folders is still right.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem, ingestSources, type SourceFile } from '../src/lib/profile/ingest';
import { formatReport } from '../src/lib/profile/report';
import { openIngestCache, parserFingerprint } from './support/ingest-cache';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    sources: { type: 'string', default: join(root, 'content/sources') },
    out: { type: 'string', default: join(root, 'content/professions') },
    'no-cache': { type: 'boolean', default: false },
    cache: { type: 'string', default: join(root, 'node_modules/.cache/peta-profesi/ingest.json') },
  },
});
const sourceDir = resolve(values.sources!);
const outDir = resolve(values.out!);

const sources: SourceFile[] = readdirSync(sourceDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, bytes: readFileSync(join(sourceDir, file)) }));

if (sources.length === 0) fail([`${sourceDir}: no .txt sources found`]);

// A report needs every profile parsed, so it does not use the cache.
const cache = values['no-cache'] || values.report ? undefined : openIngestCache(resolve(values.cache!), parserFingerprint(root));
const result = ingestSources(sources, { recall: cache?.recall });
if (values.report) console.log(formatReport(result.profiles));
if (result.problems.length > 0) {
  fail(result.problems.map(formatProblem));
}
cache?.save(sources, result.ingested);
const parsed = `${sources.length - (cache?.recalled ?? 0)} parsed, ${cache?.recalled ?? 0} unchanged`;

const existing = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.md')) : [];
const changed = [...result.outputs].filter(([file, text]) => !existing.includes(file) || readFileSync(join(outDir, file), 'utf8') !== text);
const stale = existing.filter((file) => !result.outputs.has(file));

if (values.check) {
  if (changed.length + stale.length > 0) {
    fail([
      ...changed.map(([file]) => `${join(outDir, file)}: out of date with its source`),
      ...stale.map((file) => `${join(outDir, file)}: no source gives this file any more`),
      'run `npm run ingest` and commit the result',
    ]);
  }
  console.log(`ingest --check: ${result.outputs.size} profession files are up to date (${parsed})`);
  process.exit(0);
}

// Every file is complete in a temporary folder before any goes into place.
mkdirSync(outDir, { recursive: true });
const staging = join(outDir, `.staging-${process.pid}`);
mkdirSync(staging);
try {
  for (const [file, text] of changed) writeFileSync(join(staging, file), text);
  for (const [file] of changed) renameSync(join(staging, file), join(outDir, file));
  for (const file of stale) rmSync(join(outDir, file));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
console.log(`ingest: ${result.outputs.size} professions (${parsed}), ${changed.length} written, ${stale.length} removed`);

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`ingest failed: ${lines.length} problem(s); nothing was written`);
  process.exit(1);
}
