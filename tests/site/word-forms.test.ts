/** The built word-form table: every chunk the search may fetch, and forms that are the pages' own words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_FORM_CHUNKS, wordFormsPath } from '../../src/core/routes';
import { rootCandidates, type WordFormTable } from '../../src/core/search/word-forms';
import { words } from '../../src/core/text/words';
import { htmlToText } from '../support/html';
import { DIST } from '../support/paths';
import { builtPages } from '../support/site';

const profileWords = new Set([...builtPages()].filter(([path]) => path.startsWith('/profesi/')).flatMap(([, html]) => words(htmlToText(html))));
const chunk = (letter: string) => JSON.parse(readFileSync(join(DIST, wordFormsPath(letter)), 'utf8')) as WordFormTable;

describe('/data/bentuk-kata/<letter>.json', () => {
  it.each(WORD_FORM_CHUNKS)('"%s" exists, so the search never fetches a missing chunk', (letter) => {
    expect(() => chunk(letter)).not.toThrow();
  });

  it.each(WORD_FORM_CHUNKS)('"%s" holds roots of that letter, each with forms of the profiles that can have that root', (letter) => {
    for (const [root, forms] of Object.entries(chunk(letter))) {
      expect(root.startsWith(letter)).toBe(true);
      expect(forms.length).toBeGreaterThan(0);
      for (const form of forms) {
        expect(profileWords.has(form), form).toBe(true);
        expect(rootCandidates(form), form).toContain(root);
      }
    }
  });

  it('groups some forms at all: the profiles use more than one form of some word', () => {
    expect(WORD_FORM_CHUNKS.some((letter) => Object.values(chunk(letter)).some((forms) => forms.length > 1))).toBe(true);
  });
});
