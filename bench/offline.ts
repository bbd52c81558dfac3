/**
 * The cost of offline reading: the service worker's size, and what it fetches when it installs on a
 * first visit (after the page has loaded), raw and gzip-compressed, each file gzipped alone as a web
 * server sends it (Pagefind's .pagefind files are compressed already and counted as they are).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { offlinePlan } from '../src/build/integrations/service-worker';
import { pagefindStartFiles } from '../src/core/offline/plan';
import { homePath, serviceWorkerPath } from '../src/routes';
import type { Report } from './report';

/** Returns the build's file for a site path: "/" → "index.html". */
const fileOf = (dist: string, path: string) => `${dist}/${path.slice(homePath().length)}${path.endsWith('/') ? 'index.html' : ''}`;

const kb = ([raw, gz]: [number, number]) => `${(raw / 1024).toFixed(1)} (${(gz / 1024).toFixed(1)})`;

/** Returns the bytes of these files of the build, [raw, gzip]. */
function weigh(dist: string, paths: readonly string[]): [number, number] {
  return paths
    .map((path) => readFileSync(fileOf(dist, path)))
    .reduce<[number, number]>(
      ([raw, gz], bytes) => [raw + bytes.length, gz + (bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes).length)],
      [0, 0],
    );
}

/** Prints the worker's size and its install's bytes for the build in `dist`. */
export function printOffline(dist: string, report: Report): void {
  const plan = offlinePlan(dist);
  const entry = fileOf(dist, `${plan.pagefindFolder}pagefind-entry.json`);
  const pagefind = pagefindStartFiles(existsSync(entry) ? JSON.parse(readFileSync(entry, 'utf8')) : null, plan.pagefindFolder).filter((p) =>
    existsSync(fileOf(dist, p)),
  );
  report.table(
    'Offline reading: the service worker and what it fetches on a first visit, after the page has loaded; KB raw (gzip)',
    {
      'sw.js': { files: '1', KB: kb(weigh(dist, [serviceWorkerPath()])) },
      'shell (pages, icons, manifest)': { files: String(plan.shell.length), KB: kb(weigh(dist, plan.shell)) },
      'scripts and styles (/_astro/)': { files: String(plan.assets.length), KB: kb(weigh(dist, plan.assets)) },
      "Pagefind's start files and WebAssembly": { files: String(pagefind.length), KB: kb(weigh(dist, pagefind)) },
      'install total': {
        files: String(1 + plan.shell.length + plan.assets.length + pagefind.length),
        KB: kb(weigh(dist, [serviceWorkerPath(), ...plan.shell, ...plan.assets, ...pagefind])),
      },
    },
    'what',
  );
}
