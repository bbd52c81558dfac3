/**
 * Figures, not tests: how long the pipeline takes, how heavy each built page is against the budgets
 * (scripts/bench/budgets.ts), and Lighthouse's scores for the home and one profession page
 * (scripts/bench/lighthouse.ts). `npm run bench`; `-- --no-lighthouse` skips the slowest part.
 */
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printBudgets } from './bench/budgets';
import { printLighthouse } from './bench/lighthouse';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function timed(label: string, command: string): [string, string] {
  const start = performance.now();
  execSync(command, { cwd: root, stdio: 'ignore' });
  return [label, `${((performance.now() - start) / 1000).toFixed(1)} s`];
}

const steps = [
  timed('ingest', 'npx vite-node scripts/ingest.ts'),
  timed('astro build', 'npx astro build'),
  timed('pagefind', 'npx pagefind --site dist'),
];
console.log('\nPipeline (this machine)');
console.table(Object.fromEntries(steps.map(([label, time]) => [label, { time }])));

printBudgets(dist);
const pagefindBytes = readdirSync(join(dist, 'pagefind'), { recursive: true })
  .map((f) => join(dist, 'pagefind', String(f)))
  .filter((f) => statSync(f).isFile())
  .reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`\nPagefind bundle on disk: ${(pagefindBytes / 1024).toFixed(1)} KB (fetched in part, only when search is used)`);

if (!process.argv.includes('--no-lighthouse')) {
  const profession = readdirSync(join(dist, 'profesi'))[0]!;
  await printLighthouse(dist, ['/', `/profesi/${profession}/`]);
}
