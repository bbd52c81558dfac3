/**
 * Properties of the parser over the real texts and the genre fixtures: the layout of blank lines,
 * line ends and trailing spaces never changes which sentences a text has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/support/random';
import { parseProfile } from '../../../src/core/profile/parse';
import { FIXTURES, SOURCES } from '../../support/paths';

/** Returns the text with blank lines added or removed between lines, other line ends, stray spaces. */
function reshuffleLayout(text: string, next: () => number): string {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const eol = ['\n', '\r\n', '\r'][Math.floor(next() * 3)]!;
  // Keep a blank line where the writer had one before a heading-like short line: a heading glued to
  // prose is still a heading, but two blank-free short lines may read as a list, as they should.
  const original = text.split(/\r\n|\r|\n/);
  const hadBlankBefore = new Set<string>();
  original.forEach((line, i) => {
    if (i > 0 && original[i - 1]!.trim() === '' && line.trim()) hadBlankBefore.add(line);
  });
  return lines
    .map((line, i) => {
      const blanks = hadBlankBefore.has(line) ? 1 + Math.floor(next() * 2) : Math.floor(next() * 2.5);
      const gap = i === 0 ? '' : eol.repeat(blanks);
      const padding = next() < 0.3 ? ' \t' : '';
      return `${gap}${line}${padding}`;
    })
    .join(eol);
}

function sentenceSet(text: string, file: string): string[] {
  const result = parseProfile(text, file);
  if (!result.ok) throw new Error(`${file}: ${result.problems[0]!.message}`);
  return result.profile.pieces
    .filter((p) => p.kind === 'sentence' || p.kind === 'item')
    .map((p) => p.text)
    .sort();
}

const texts = [
  ...readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(`${SOURCES}/${f}`, 'utf8')] as const),
  ...readdirSync(FIXTURES)
    .filter((d) => d.startsWith('genre-'))
    .map((d) => [d, readFileSync(`${FIXTURES}/${d}/input.txt`, 'utf8')] as const),
];

describe.each(texts)('%s', (file, text) => {
  const expected = sentenceSet(text, file);

  it('keeps the same sentences whatever the blank lines, line ends and trailing spaces', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const variant = reshuffleLayout(text, seededRandom(seed));
      expect(sentenceSet(variant, file), `seed ${seed}`).toEqual(expected);
    }
  });

  it('gives byte-identical output on a second run', () => {
    expect(JSON.stringify(parseProfile(text, file))).toBe(JSON.stringify(parseProfile(text, file)));
  });
});
