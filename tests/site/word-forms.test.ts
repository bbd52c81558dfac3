/** The built word data: every letter the search may fetch, forms that are the pages' own words, the English rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDataPath } from '../../src/routes';
import { WORD_DATA_LETTERS, type WordData } from '../../src/core/search/word-data';
import { rootCandidates } from '../../src/core/search/word-forms';
import { words } from '../../src/core/text/words';
import { htmlToText } from '../support/html';
import { DIST } from '../support/paths';
import { builtPages } from '../support/site';

const profileWords = new Set([...builtPages()].filter(([path]) => path.startsWith('/profesi/')).flatMap(([, html]) => words(htmlToText(html))));
const letter = (l: string) => JSON.parse(readFileSync(join(DIST, wordDataPath(l)), 'utf8')) as WordData;

describe('/data/kata/<letter>.json', () => {
  it.each(WORD_DATA_LETTERS)('"%s" exists, so the search never fetches a missing file', (l) => {
    expect(() => letter(l)).not.toThrow();
  });

  it.each(WORD_DATA_LETTERS)('"%s" holds roots of that letter, each with forms of the profiles that can have that root', (l) => {
    for (const [root, forms] of Object.entries(letter(l).forms)) {
      expect(root.startsWith(l)).toBe(true);
      expect(forms.length).toBeGreaterThan(0);
      for (const form of forms) {
        expect(profileWords.has(form), form).toBe(true);
        expect(rootCandidates(form), form).toContain(root);
      }
    }
  });

  it.each(WORD_DATA_LETTERS)('"%s" holds English phrases of that letter only', (l) => {
    for (const rule of letter(l).english) for (const phrase of rule.from) expect(phrase.startsWith(l)).toBe(true);
  });

  it('groups some forms at all: the profiles use more than one form of some word', () => {
    expect(WORD_DATA_LETTERS.some((l) => Object.values(letter(l).forms).some((forms) => forms.length > 1))).toBe(true);
  });
});
