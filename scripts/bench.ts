/**
 * Figures, not tests. `npm run bench` rebuilds the site, timing each step, then prints: every page's
 * weight against the budgets (bench/budgets.ts), the search figures on the fixture site,
 * whose texts the query set is about (bench/search.ts; `npm run bench:search` prints those alone), the sharing figures (bench/sharing.ts) and
 * Lighthouse's scores for the home and one profession page (bench/lighthouse.ts;
 * `-- --no-lighthouse` skips it). `npm run bench -- --scale 10,100,1000` runs the scale benchmark
 * (bench/scale.ts) instead.
 */
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printBudgets } from '../bench/budgets';
import { printLighthouse } from '../bench/lighthouse';
import { benchSearchOnDist } from '../bench/search';
import { printSharing } from '../bench/sharing';
import { homePath, professionPath } from '../src/core/routes';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const scaleAt = process.argv.indexOf('--scale');
if (scaleAt >= 0) {
  const { benchScale } = await import('../bench/scale');
  await benchScale(root, (process.argv[scaleAt + 1] ?? '10,100,1000').split(',').map(Number));
  process.exit(0);
}

function timed(label: string, command: string): [string, string] {
  const start = performance.now();
  execSync(command, { cwd: root, stdio: 'ignore' });
  return [label, `${((performance.now() - start) / 1000).toFixed(1)} s`];
}

const steps = [
  timed('ingest', 'npx vite-node scripts/ingest.ts'),
  timed('astro build', 'npx astro build'),
  timed('pagefind', 'npx pagefind --site dist'),
  timed('fixture site (for the search figures)', 'npm run build:fixture'),
];
console.log('\nPipeline (this machine)');
console.table(Object.fromEntries(steps.map(([label, time]) => [label, { time }])));

printBudgets(dist);
const pagefindBytes = readdirSync(join(dist, 'pagefind'), { recursive: true })
  .map((f) => join(dist, 'pagefind', String(f)))
  .filter((f) => statSync(f).isFile())
  .reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`\nPagefind bundle on disk: ${(pagefindBytes / 1024).toFixed(1)} KB (fetched in part, only when search is used)`);

await benchSearchOnDist(join(root, 'tests/fixture-site/dist'));
printSharing(dist);

if (!process.argv.includes('--no-lighthouse')) {
  const profession = readdirSync(join(dist, 'profesi'))[0]!;
  await printLighthouse(dist, [homePath(), professionPath(profession)]);
}
