/**
 * Ingest: content/sources/*.txt → content/professions/<slug>.md (src/build/ingest-folder.ts): read
 * every source, parse and validate them all, and write only when all succeed.
 *
 *   npm run ingest                 write the generated files (unchanged ones are not touched)
 *   npm run ingest -- --check      exit 1 when content/professions is not what the sources give
 *   npm run ingest -- --report     print, per file, its title, sections and warnings
 *   npm run ingest -- --redirect OLD=SLUG
 *                                  record that the address /profesi/OLD/ (a removed profession's)
 *                                  now leads to /profesi/SLUG/; OLD= removes such a redirect
 *   --sources DIR --out DIR        other folders (tests use these); CONTENT_DIR sets both
 *   --history FILE                 the slug history (default: slug-history.json beside --out)
 *   --no-cache                     parse every source, even those unchanged since the last run
 *   --cache FILE                   where to keep that (tests and benchmarks use their own)
 *
 * Sources unchanged since the last run (same bytes, same parser) are not parsed again: their
 * outcome is kept in node_modules/.cache/peta-profesi/ingest.json (src/build/ingest-cache.ts).
 * Entries are keyed by file name and the bytes' hash, so a cache shared by other folders is still right.
 *
 * Every slug each source has had is kept in <content>/slug-history.json (checked in, not edited by
 * hand): a changed title keeps its old address working as a redirect (src/core/profile/slug-history.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths, ROOT } from '../src/build/content-paths';
import { ingestFolder } from '../src/build/ingest-folder';
import { formatReport } from '../src/core/profile/report';
import { parseRedirectArgument, type RedirectRequest } from '../src/core/profile/slug-history';

const paths = contentPaths();
// A mistake of the command line or the disk (an unknown option, an output folder that cannot be
// written) is one line a person reads, never a stack trace.
process.on('uncaughtException', (error) => {
  console.error(`ingest failed: ${error.message}`);
  process.exit(1);
});
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    sources: { type: 'string', default: paths.sources },
    out: { type: 'string', default: paths.professions },
    'no-cache': { type: 'boolean', default: false },
    cache: { type: 'string', default: join(ROOT, 'node_modules/.cache/peta-profesi/ingest.json') },
    history: { type: 'string' },
    redirect: { type: 'string', multiple: true, default: [] },
  },
});

const requests = values.redirect!.map(parseRedirectArgument);
const badRequests = requests.filter((r): r is string => typeof r === 'string');
if (badRequests.length > 0) {
  for (const line of badRequests) console.error(line);
  process.exit(1);
}

// A report needs every profile parsed, so it does not use the cache.
const run = ingestFolder({
  sources: resolve(values.sources!),
  out: resolve(values.out!),
  cache: values['no-cache'] || values.report ? undefined : resolve(values.cache!),
  check: values.check,
  history: resolve(values.history ?? join(dirname(resolve(values.out!)), 'slug-history.json')),
  redirects: requests as RedirectRequest[],
});
if (values.report && run.result) console.log(formatReport(run.result.profiles));
for (const line of run.warnings) console.warn(line);
if (!run.ok) {
  for (const line of run.problems) console.error(line);
  console.error(run.summary);
  process.exit(1);
}
console.log(run.summary);
