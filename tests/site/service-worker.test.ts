/**
 * The service worker of both builds: every address it keeps on install is a file of the build, its
 * version is the build's (recomputed here from the finished folder), and hosts reading `_headers`
 * send it with `Cache-Control: no-cache`, so a new deploy is found on the next visit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../bench/support/headers-file';
import { offlinePlan } from '../../src/build/integrations/service-worker';
import { homePath, serviceWorkerPath } from '../../src/routes';
import { DIST, FIXTURE_DIST, ROOT } from '../support/paths';

/** Returns the build's file for a site path: "/" → "index.html", "/cari/" → "cari/index.html". */
const fileOf = (dist: string, path: string) => `${dist}/${path.slice(homePath().length)}${path.endsWith('/') ? 'index.html' : ''}`;

describe.each([
  ['real site', DIST],
  ['fixture site', FIXTURE_DIST],
])('the %s', (_name, dist) => {
  const plan = offlinePlan(dist);
  const worker = readFileSync(fileOf(dist, serviceWorkerPath()), 'utf8');

  it('carries the version of the build it belongs to', () => {
    expect(worker).toContain(JSON.stringify(plan.version));
  });

  it('keeps on install only files the build has, and every fingerprinted one', () => {
    const missing = [...plan.shell, ...plan.assets].filter((path) => !existsSync(fileOf(dist, path)));
    expect(missing).toEqual([]);
    for (const path of [...plan.shell, ...plan.assets]) expect(worker).toContain(JSON.stringify(path));
  });

  it("has Pagefind's entry file, which names the search files the worker keeps", () => {
    expect(existsSync(fileOf(dist, `${plan.pagefindFolder}pagefind-entry.json`))).toBe(true);
  });
});

describe('public/_headers', () => {
  it('sends the worker with Cache-Control: no-cache', () => {
    const rules = parseHeadersFile(readFileSync(`${ROOT}public/_headers`, 'utf8'));
    const cacheControl = headersFor(rules, `/${serviceWorkerPath().slice(homePath().length)}`).filter(([name]) => name.toLowerCase() === 'cache-control');
    expect(cacheControl.map(([, value]) => value)).toEqual(['no-cache']);
  });
});
