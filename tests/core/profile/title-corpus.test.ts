/**
 * Titles of unseen texts: tests/corpus/titles/texts/*.txt name their profession in the ways the genre
 * does (a title line in its variants, definitions, "Menjadi X berarti", "Sebagai X, kamu", …), written
 * by a colleague who had not seen the parser; key.json says which titles a person would accept.
 * tests/corpus/titles/no-title/ holds texts that never name their profession: they must fail with a
 * problem that says so, located, proposing a name or saying how to add one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, ingestSources } from '../../../src/core/profile/ingest';
import { ROOT } from '../../support/paths';

interface KeyEntry {
  file: string;
  title: string;
  accept: string[];
  namedBy: string;
}

const CORPUS = `${ROOT}tests/corpus/titles`;
const key: KeyEntry[] = JSON.parse(readFileSync(`${CORPUS}/key.json`, 'utf8'));
const ingest = (dir: string, file: string) => ingestSources([{ file, bytes: readFileSync(`${CORPUS}/${dir}/${file}`) }]);

describe('the key', () => {
  it('covers every text of the corpus', () => {
    expect(key.map((entry) => entry.file).sort()).toEqual(
      readdirSync(`${CORPUS}/texts`)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });
});

describe.each(key)('$file ($namedBy)', ({ file, title, accept }) => {
  it('parses, with a title the key accepts and a valid slug', () => {
    const result = ingest('texts', file);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const profile = result.profiles[0]!;
    expect([title, ...accept].map((t) => t.toLowerCase())).toContain(profile.title.toLowerCase());
    expect(profile.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe.each(readdirSync(`${CORPUS}/no-title`).filter((f) => f.endsWith('.txt')))('%s (never names its profession)', (file) => {
  it('fails with "file:line: no title; …", writing nothing', () => {
    const result = ingest('no-title', file);
    expect(result.outputs.size).toBe(0);
    expect(result.problems.map(formatProblem)).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toMatch(
      new RegExp(
        `^${file.replace('.', '\\.')}:1: no title; (the text seems to be about "[^"]+" — add it as the first line|no sentence names the profession — add its name .* as the first line.*)$`,
      ),
    );
  });
});
