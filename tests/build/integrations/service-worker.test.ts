import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offlinePlan, serviceWorkerSource } from '../../../src/build/integrations/service-worker';
import { bundledAssetsPath, homePath, offlinePath, searchPath } from '../../../src/routes';
import { tempDir } from '../../support/temp-dir';

/** Writes a small build: pages, a fingerprinted script, a preview image. */
function fakeBuild(): string {
  const dir = tempDir('sw-plan');
  for (const folder of ['_astro', 'og', 'cari', 'offline', 'pagefind']) mkdirSync(`${dir}/${folder}`);
  writeFileSync(`${dir}/index.html`, '<h1>Beranda</h1>');
  writeFileSync(`${dir}/cari/index.html`, '<h1>Cari</h1>');
  writeFileSync(`${dir}/offline/index.html`, '<h1>Offline</h1>');
  writeFileSync(`${dir}/_astro/app.1a2b.js`, 'console.log(1)');
  writeFileSync(`${dir}/og/a.png`, 'png');
  return dir;
}

describe('offlinePlan', () => {
  it('keeps the shell from the routes module and every fingerprinted file of the build', () => {
    const plan = offlinePlan(fakeBuild());
    expect(plan.shell).toEqual(expect.arrayContaining([homePath(), searchPath(), offlinePath()]));
    expect(plan.assets).toEqual([`${bundledAssetsPath()}app.1a2b.js`]);
  });

  it('gives a new version when any page or file changes, so a deploy reaches returning readers', () => {
    const dir = fakeBuild();
    const before = offlinePlan(dir).version;
    expect(offlinePlan(dir).version).toBe(before);
    writeFileSync(`${dir}/cari/index.html`, '<h1>Cari profesi</h1>');
    const afterPage = offlinePlan(dir).version;
    expect(afterPage).not.toBe(before);
    writeFileSync(`${dir}/_astro/app.1a2b.js`, 'console.log(2)');
    expect(offlinePlan(dir).version).not.toBe(afterPage);
  });

  it('keeps the version when only what it leaves out changes: preview images, Pagefind, the worker itself', () => {
    const dir = fakeBuild();
    const before = offlinePlan(dir).version;
    writeFileSync(`${dir}/og/a.png`, 'another png');
    writeFileSync(`${dir}/pagefind/pagefind-entry.json`, '{}');
    writeFileSync(`${dir}/sw.js`, '//');
    expect(offlinePlan(dir).version).toBe(before);
  });
});

describe('serviceWorkerSource', () => {
  it('bundles the worker with its plan, and nothing left to import', async () => {
    const plan = offlinePlan(fakeBuild());
    const source = await serviceWorkerSource(plan);
    expect(source).toContain(plan.version);
    expect(source).toContain(JSON.stringify(plan.offlinePage));
    expect(source).not.toMatch(/\bimport\b|\brequire\(|__OFFLINE_PLAN__/);
  });
});
