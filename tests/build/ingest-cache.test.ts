import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIngestCache, parserFingerprint } from '../../src/build/ingest-cache';
import type { IngestedSource } from '../../src/core/profile/ingest';
import { ROOT } from '../support/paths';
import { tempDir } from '../support/temp-dir';

const bytes = (text: string) => new TextEncoder().encode(text);
const passed: IngestedSource = { slug: 'analis-data', title: 'Analis Data', titleLine: 1, markdown: '---\ntitle: Analis Data\n---\n' };

describe('openIngestCache', () => {
  const file = () => join(tempDir('ingest-cache'), 'cache', 'ingest.json');

  it('recalls a saved source while its bytes and the parser are the same, and nothing else', () => {
    const path = file();
    const source = { file: 'a.txt', bytes: bytes('Analis Data\n') };
    openIngestCache(path, 'v1').save([source, { file: 'b.txt', bytes: bytes('x') }], new Map([['a.txt', passed]]));

    const cache = openIngestCache(path, 'v1');
    expect(cache.recall(source)).toEqual(passed);
    expect(cache.recall({ file: 'a.txt', bytes: bytes('Analis Data!\n') })).toBeUndefined();
    expect(cache.recall({ file: 'b.txt', bytes: bytes('x') })).toBeUndefined();
    expect(cache.recalled).toBe(1);
    expect(openIngestCache(path, 'v2').recall(source)).toBeUndefined();
  });

  it('treats a missing or damaged cache file as empty', () => {
    const path = file();
    expect(openIngestCache(path, 'v1').recall({ file: 'a.txt', bytes: bytes('') })).toBeUndefined();
    const damaged = join(tempDir('ingest-cache'), 'ingest.json');
    writeFileSync(damaged, '{"fingerprint": "v1", "entr');
    expect(openIngestCache(damaged, 'v1').recall({ file: 'a.txt', bytes: bytes('') })).toBeUndefined();
  });
});

describe('parserFingerprint', () => {
  it('is stable, and changes when a parser module or a module it imports changes', () => {
    expect(parserFingerprint(ROOT)).toBe(parserFingerprint(ROOT));
    const root = `${tempDir('parser')}/`;
    mkdirSync(join(root, 'src/core/profile'), { recursive: true });
    mkdirSync(join(root, 'src/core/text'), { recursive: true });
    writeFileSync(join(root, 'src/core/profile/parse.ts'), "import { b } from '../slug';\nimport { c } from '../text/words';\nexport const a = 1;");
    writeFileSync(join(root, 'src/core/slug.ts'), 'export const b = 1;');
    writeFileSync(join(root, 'src/core/text/words.ts'), 'export const c = 1;');
    writeFileSync(join(root, 'src/core/unrelated.ts'), 'export const d = 1;');
    const fingerprints = [parserFingerprint(root)];
    for (const [file, text] of [
      ['src/core/profile/parse.ts', "import { b } from '../slug';\nimport { c } from '../text/words';\nexport const a = 2;"],
      ['src/core/slug.ts', 'export const b = 2;'],
      ['src/core/text/words.ts', 'export const c = 2;'],
    ] as const) {
      writeFileSync(join(root, file), text);
      fingerprints.push(parserFingerprint(root));
    }
    expect(new Set(fingerprints).size).toBe(4);
    // A module the parser does not import leaves the cache alone.
    writeFileSync(join(root, 'src/core/unrelated.ts'), 'export const d = 2;');
    expect(parserFingerprint(root)).toBe(fingerprints.at(-1));
  });
});
