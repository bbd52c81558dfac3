/**
 * Golden files for the seed texts of the fixture site: the whole structured parse (title and its
 * origin, every section's blocks, lists, pairs, compared professions), reviewed by a person. After an intended
 * parser change, regenerate with `UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts golden`
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/profile/parse';
import { ROOT, FIXTURE_SOURCES } from '../../support/paths';

const GOLDEN = `${ROOT}tests/golden`;
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(readdirSync(FIXTURE_SOURCES).filter((f) => f.endsWith('.txt')))('%s', (file) => {
  it('parses exactly as its golden file says', () => {
    const result = parseProfile(readFileSync(`${FIXTURE_SOURCES}/${file}`, 'utf8'), file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { pieces: _pieces, ...profile } = result.profile;
    const actual = `${JSON.stringify(profile, null, 2)}\n`;
    const goldenFile = `${GOLDEN}/${file.replace(/\.txt$/, '.json')}`;
    if (update) writeFileSync(goldenFile, actual);
    // A missing golden fails: writing it here would compare the parse with itself.
    expect(
      existsSync(goldenFile),
      `${goldenFile} is missing: create it with "UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts golden" and review it`,
    ).toBe(true);
    expect(actual).toBe(readFileSync(goldenFile, 'utf8'));
  });
});
