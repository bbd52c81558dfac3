import { describe, expect, it } from 'vitest';
import { cacheNames, dataFor, isOldShell, pagefindStartFiles, slugOf, strategyFor, SLUG_MARK, type OfflinePlan } from '../../../src/core/offline/plan';

/** A plan as the build writes it for a site under a base path, so nothing depends on "/". */
const plan: OfflinePlan = {
  version: 'v2',
  shell: ['/base/', '/base/cari/', '/base/bandingkan/', '/base/offline/', '/base/favicon.svg'],
  assets: ['/base/_astro/app.1a2b.js'],
  assetsFolder: '/base/_astro/',
  pagefindFolder: '/base/pagefind/',
  offlinePage: '/base/offline/',
  professionPage: `/base/profesi/${SLUG_MARK}/`,
  professionData: `/base/data/profesi/${SLUG_MARK}.json`,
};

describe('strategyFor', () => {
  it.each([
    // Every navigation is a page, whatever its path: network first, kept, the offline page at worst.
    ['/base/profesi/diplomat/', true, 'page'],
    ['/base/anything', true, 'page'],
    // Names that change with their content: from the cache when there.
    ['/base/_astro/app.1a2b.js', false, 'fingerprinted'],
    ['/base/pagefind/index/id_7b8b522.pf_index', false, 'fingerprinted'],
    ['/base/pagefind/fragment/id_3725845.pf_fragment', false, 'fingerprinted'],
    ['/base/pagefind/pagefind.id_89dd175748.pf_meta', false, 'fingerprinted'],
    // Names that stay: network first, so a new deploy's copy wins when online.
    ['/base/pagefind/pagefind.js', false, 'fresh-kept'],
    ['/base/pagefind/pagefind-entry.json', false, 'fresh-kept'],
    ['/base/pagefind/wasm.id.pagefind', false, 'fresh-kept'],
    ['/base/favicon.svg', false, 'fresh-kept'],
    ['/base/data/profesi/diplomat.json', false, 'fresh-kept'],
    // Not needed to read a page: left to the network.
    ['/base/og/diplomat.png', false, 'network'],
    ['/base/sitemap.xml', false, 'network'],
    ['/base/data/profesi/a/b.json', false, 'network'],
  ] as const)('returns how %s is answered (navigation: %s): %s', (path, navigation, expected) => {
    expect(strategyFor(path, navigation, plan)).toBe(expected);
  });
});

describe('slugOf and dataFor', () => {
  it('returns the slug a template matches, and undefined for any other path', () => {
    expect(slugOf('/base/profesi/diplomat/', plan.professionPage)).toBe('diplomat');
    expect(slugOf('/base/profesi/', plan.professionPage)).toBeUndefined();
    expect(slugOf('/base/profesi/a/b/', plan.professionPage)).toBeUndefined();
    expect(slugOf('/other/profesi/a/', plan.professionPage)).toBeUndefined();
    expect(slugOf('/base/profesi/a/', '/no-mark/')).toBeUndefined();
  });

  it("returns a profession page's comparison data, and nothing for other pages", () => {
    expect(dataFor('/base/profesi/diplomat/', plan)).toBe('/base/data/profesi/diplomat.json');
    expect(dataFor('/base/cari/', plan)).toBeUndefined();
  });
});

describe('pagefindStartFiles', () => {
  it("returns Pagefind's script, worker, entry file, and each language's WebAssembly and metadata", () => {
    const entry = { version: '1.5.2', languages: { id: { hash: 'id_89dd175748', wasm: 'id', page_count: 5 } } };
    expect(pagefindStartFiles(entry, '/base/pagefind/').sort()).toEqual(
      [
        '/base/pagefind/pagefind.js',
        '/base/pagefind/pagefind-worker.js',
        '/base/pagefind/pagefind-entry.json',
        '/base/pagefind/pagefind.id_89dd175748.pf_meta',
        '/base/pagefind/wasm.id.pagefind',
      ].sort(),
    );
  });

  it.each([
    ['nothing', null],
    ['a string', 'oops'],
    ['no languages', {}],
    ['languages of the wrong kind', { languages: 3 }],
    ['a language without fields', { languages: { xx: null } }],
    ['a hash that would leave the folder', { languages: { id: { hash: '../../x', wasm: 'id' } } }],
  ])('never throws on an odd entry file (%s), and names only files inside the folder', (_case, entry) => {
    const files = pagefindStartFiles(entry, '/p/');
    expect(files).toContain('/p/pagefind.js');
    for (const file of files) expect(file.slice('/p/'.length)).toMatch(/^[\w.-]+$/);
  });
});

describe('cache names', () => {
  it("drops an older deploy's shell, never the kept pages or files, nor this deploy's shell", () => {
    expect(isOldShell(cacheNames('v1').shell, 'v2')).toBe(true);
    expect(isOldShell(cacheNames('v2').shell, 'v2')).toBe(false);
    expect(isOldShell(cacheNames('v1').pages, 'v2')).toBe(false);
    expect(isOldShell(cacheNames('v1').files, 'v2')).toBe(false);
    expect(isOldShell('someone-elses-cache', 'v2')).toBe(false);
  });
});
