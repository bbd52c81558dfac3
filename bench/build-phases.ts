/**
 * Where a build's time goes: a cold build of the real content in a throw-away copy, its three steps
 * (`npm run build` = ingest → astro build → Pagefind) timed one by one as child processes with every
 * cache empty. `astro check` is timed apart: it belongs to `npm test`, not to the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from './support/child-env';
import { copySite } from './support/site-copy';

/** Seconds one command took; throws with the end of its output when it fails. */
export function timeCommand(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = childEnv()): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${`${run.stdout}${run.stderr}`.slice(-2000)}`);
  return (performance.now() - start) / 1000;
}

/** A cold build's phases in seconds, and the copy's dist/ (gone after `remove`). */
export interface ColdBuild {
  seconds: { ingest: number; astro: number; pagefind: number };
  dist: string;
  remove: () => void;
}

/** Builds `root`'s content in a temporary copy of the site with empty caches, timing each step. */
export function coldBuild(root: string): ColdBuild {
  const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const site = join(work, 'site');
  const env = copySite(root, site);
  cpSync(join(root, 'content/sources'), join(site, 'content/sources'), { recursive: true });
  cpSync(join(root, 'content/slug-history.json'), join(site, 'content/slug-history.json'));
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  const remove = () => rmSync(work, { recursive: true, force: true });
  try {
    const seconds = {
      ingest: timeCommand(root, bin('vite-node'), ['scripts/ingest.ts', '--', '--cache', join(work, 'ingest-cache.json')], env),
      astro: timeCommand(site, bin('astro'), ['build', '--silent'], env),
      pagefind: timeCommand(site, bin('pagefind'), ['--site', 'dist', '--silent'], env),
    };
    return { seconds, dist: join(site, 'dist'), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
