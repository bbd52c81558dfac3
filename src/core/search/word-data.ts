/**
 * What the search looks up about the words of a query, split by first letter so a search fetches
 * only the letters its words need (`/data/kata/<letter>.json`): the forms of the texts by root
 * (`word-forms.ts`) and the English table's rules (`english-terms.ts`), which would otherwise weigh
 * on every first search.
 */
import { splitWordForms, type WordFormTable } from './word-forms';
import type { SynonymRule } from './synonyms';

/** One letter's file: the roots of that letter with their forms, the English rules whose phrases start with it. */
export interface WordData {
  forms: WordFormTable;
  english: SynonymRule[];
}

/** The letters the files are split by: every one is written, empty or not, so none is missing. */
export const WORD_DATA_LETTERS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz'];

/** Returns the letters whose files a query needs for its English rules: the first letters of its words. */
export function queryLetters(query: string): string[] {
  return [...new Set([...query.toLowerCase().matchAll(/(?<![\p{L}\p{N}])([a-z])/gu)].map((m) => m[1]!))];
}

/** Returns each letter's file: `(forms, english)` → `{ a: { forms: {…}, english: […] }, … }`. */
export function splitWordData(forms: WordFormTable, english: readonly SynonymRule[]): Record<string, WordData> {
  const chunks = splitWordForms(forms);
  return Object.fromEntries(
    WORD_DATA_LETTERS.map((letter) => {
      const rules = english
        .map((rule) => ({ from: rule.from.filter((phrase) => phrase.startsWith(letter)), to: rule.to }))
        .filter((rule) => rule.from.length > 0);
      return [letter, { forms: chunks[letter] ?? {}, english: rules }];
    }),
  );
}
