/**
 * `npm run test:other-content`: proves the suite holds for content other than today's. Copies the
 * working tree (tracked and new files, not ignored ones) into a temporary folder, adds the texts of
 * the unseen corpora (tests/corpus/texts/, tests/corpus/titles/texts/), removes one of today's
 * sources, then ingests, builds both sites and runs the whole Vitest suite there. A test that
 * counts, names or pairs the live professions fails here. CI runs it after `npm test`.
 *
 *   npm run test:other-content [-- --texts DIR ...] [--keep]
 *     --texts DIR   add the .txt files of DIR instead of the corpora (repeatable)
 *     --keep        leave the folder for a look afterwards
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../src/build/content-paths';
import { childEnv } from '../bench/support/child-env';

const { values } = parseArgs({ options: { texts: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } } });
const CORPORA = values.texts?.map((dir) => resolve(dir)) ?? ['tests/corpus/texts', 'tests/corpus/titles/texts'].map((dir) => join(ROOT, dir));
const keep = values.keep!;

const work = mkdtempSync(join(tmpdir(), 'other-content-'));
const copy = join(work, 'site');
const run = (command: string, args: string[], options: SpawnSyncOptions = {}) => {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', ...options });
  if (result.status !== 0) finish(result.status ?? 1, `${command} ${args.join(' ')} failed`);
};

function finish(code: number, message: string): never {
  // Astro's caches of the copy's two content sets, kept under the shared node_modules (astro.config.mjs).
  const caches = join(ROOT, 'node_modules/.astro-content');
  const mine = copy.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (existsSync(caches)) for (const dir of readdirSync(caches)) if (dir.startsWith(mine)) rmSync(join(caches, dir), { recursive: true, force: true });
  console.log(`\ntest:other-content: ${message}`);
  if (keep) console.log(`kept: ${copy}`);
  else rmSync(work, { recursive: true, force: true });
  process.exit(code);
}

// The working tree as a fresh clone would have it, plus uncommitted changes; node_modules shared.
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
if (listed.status !== 0) finish(2, 'git ls-files failed: run this inside the repository');
for (const file of listed.stdout.split('\0').filter(Boolean)) {
  const from = join(ROOT, file);
  if (!existsSync(from) || !lstatSync(from).isFile()) continue;
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  copyFileSync(from, join(copy, file));
}
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

const sources = join(copy, 'content/sources');
const removed = readdirSync(sources)
  .filter((f) => f.endsWith('.txt'))
  .sort()[0];
if (removed) rmSync(join(sources, removed));
let added = 0;
for (const corpus of CORPORA) {
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
    copyFileSync(join(corpus, file), join(sources, `zz-${file}`));
    added++;
  }
}
console.log(`test:other-content: in ${copy}, added ${added} texts from ${CORPORA.join(', ')}, removed ${removed ?? 'none'}`);

// The copy's Astro caches stay out of the shared node_modules/.astro (CONTENT_DIR gives them their own).
const env = childEnv({ CONTENT_DIR: join(copy, 'content'), CI: 'true' });
run('npm', ['run', 'ingest'], { env });
run('npm', ['run', 'build'], { env });
run('npm', ['run', 'build:fixture'], { env });
run('npm', ['run', 'build:fixture:sub'], { env });
run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts'], { env });
finish(0, `the suite passes with ${added} texts added and ${removed ?? 'none'} removed`);
