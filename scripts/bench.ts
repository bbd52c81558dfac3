/**
 * Figures, not tests. `npm run bench` times a cold build of the site phase by phase in a throw-away
 * copy (bench/build-phases.ts) and `astro check` apart, then reports: every page's weight against the
 * budgets (bench/budgets.ts), the search figures on the fixture site, whose texts the query set is
 * about (bench/search.ts; `npm run bench:search` prints those alone), the sharing figures
 * (bench/sharing.ts), the offline worker's size and install (bench/offline.ts) and Lighthouse's scores
 * and LCP, TBT, CLS for the home and one profession page, served compressed
 * (bench/lighthouse.ts; `-- --no-lighthouse` skips it, a few minutes less). It prints them and writes
 * them to docs/performance.md. `npm run bench -- --scale 10,100,1000` runs the scale benchmark
 * (bench/scale.ts) instead, printing only.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldBuild, timeCommand } from '../bench/build-phases';
import { printBudgets } from '../bench/budgets';
import { printLighthouse } from '../bench/lighthouse';
import { printOffline } from '../bench/offline';
import { Report } from '../bench/report';
import { benchSearchOnDist } from '../bench/search';
import { printSharing } from '../bench/sharing';
import { homePath, professionPath } from '../src/routes';

const root = fileURLToPath(new URL('..', import.meta.url));

const scaleAt = process.argv.indexOf('--scale');
if (scaleAt >= 0) {
  const { benchScale } = await import('../bench/scale');
  await benchScale(root, (process.argv[scaleAt + 1] ?? '10,100,1000').split(',').map(Number));
  process.exit(0);
}

const report = new Report();
// Other work on the machine slows every phase; the header says how busy it was.
const loadAtStart = loadavg()[0]!;
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const s = (seconds: number) => seconds.toFixed(1);

console.error('bench: cold build in a temporary copy…');
const build = coldBuild(root);
try {
  console.error('bench: astro check, fixture site…');
  const check = timeCommand(root, bin('astro'), ['check']);
  const fixture = timeCommand(root, 'npm', ['run', 'build:fixture']);
  const { ingest, astro, pagefind } = build.seconds;
  report.table(
    'Build phases: a cold build (empty caches) of content/, seconds',
    {
      ingest: { seconds: s(ingest), 'part of': 'npm run build' },
      'astro build': { seconds: s(astro), 'part of': 'npm run build' },
      pagefind: { seconds: s(pagefind), 'part of': 'npm run build' },
      'build total': { seconds: s(ingest + astro + pagefind), 'part of': 'npm run build (npm start)' },
      'astro check': { seconds: s(check), 'part of': 'npm test only, not the build' },
      'fixture site build': { seconds: s(fixture), 'part of': 'npm test only; the search figures use it' },
    },
    'phase',
  );

  printBudgets(build.dist, report);
  const pagefindBytes = readdirSync(join(build.dist, 'pagefind'), { recursive: true })
    .map((f) => join(build.dist, 'pagefind', String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
  report.note(`Pagefind bundle on disk: ${(pagefindBytes / 1024).toFixed(1)} KB (fetched in part, only when search is used).`);

  printOffline(build.dist, report);

  await benchSearchOnDist(join(root, 'tests/fixture-site/dist'), report);
  printSharing(build.dist, report);

  if (process.argv.includes('--no-lighthouse')) report.note('Lighthouse: skipped (`--no-lighthouse`).');
  else {
    const profession = readdirSync(join(build.dist, 'profesi'))[0]!;
    await printLighthouse(build.dist, [homePath(), professionPath(profession)], report);
  }
} finally {
  build.remove();
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const cpu = cpus();
const header = `# Performance

Written by \`npm run bench\` (scripts/bench.ts): do not edit by hand, run it again. Measured on
${new Date().toISOString().slice(0, 10)} at commit \`${commit}\`, on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'},
${(totalmem() / 2 ** 30).toFixed(1)} GB of memory, Node.js ${process.version}; load average ${loadAtStart.toFixed(1)} when it
started. Times grow with the machine's load: compare runs made on an idle machine.
How the build is put together: [architecture.md](architecture.md); figures at 10 to 1000 professions:
[scale.md](scale.md).

`;
writeFileSync(join(root, 'docs/performance.md'), header + report.markdown());
console.error('bench: wrote docs/performance.md');
