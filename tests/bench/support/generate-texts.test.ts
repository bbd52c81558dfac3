import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTexts, syntheticTitle } from '../../../bench/support/generate-texts';
import { ingestSources } from '../../../src/core/profile/ingest';
import { FIXTURE_SOURCES } from '../../support/paths';

const seeds = readdirSync(FIXTURE_SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(`${FIXTURE_SOURCES}/${file}`, 'utf8') }));

describe('generateTexts', () => {
  it('returns the same texts for the same seed', () => {
    expect(generateTexts(seeds, 20, 7)).toEqual(generateTexts(seeds, 20, 7));
  });

  it('returns texts the ingest accepts, with unique titles and slugs', () => {
    const texts = generateTexts(seeds, 1200, 1);
    const result = ingestSources(texts.map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) })));
    expect(result.problems).toEqual([]);
    expect(result.outputs.size).toBe(1200);
  });

  it('numbers titles beyond the role × field × region combinations', () => {
    expect(new Set(Array.from({ length: 5000 }, (_, i) => syntheticTitle(i))).size).toBe(5000);
  });
});
