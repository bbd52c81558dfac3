/**
 * Texts of the genre written by a colleague who had not seen the parser, with a hand-made key: the
 * section of every sentence. Measures what the issue asks of unseen texts: a title with its key
 * words, sentences in the right section, none lost. Add a text and its key to grow the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/profile/parse';
import { ROOT } from '../../support/paths';

interface Key {
  title: string;
  titleKeywords: string[];
  sentences: { text: string; section: string }[];
}

const CORPUS = `${ROOT}tests/corpus`;
const files = readdirSync(`${CORPUS}/texts`).filter((f) => f.endsWith('.txt')).sort();
let placed = 0;
let counted = 0;

describe.each(files)('%s', (file) => {
  const key: Key = JSON.parse(readFileSync(`${CORPUS}/key/${file.replace(/\.txt$/, '.json')}`, 'utf8'));
  const result = parseProfile(readFileSync(`${CORPUS}/texts/${file}`, 'utf8'), file);

  it('parses, with a title that has the key words', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const word of key.titleKeywords) expect(result.profile.title.toLowerCase()).toContain(word.toLowerCase());
  });

  it('loses no sentence, and places at least 90% in the key\'s section', () => {
    if (!result.ok) throw new Error('did not parse');
    const content = key.sentences.filter((s) => s.section !== 'title' && s.section !== 'heading');
    let right = 0;
    for (const expected of content) {
      const piece = result.profile.pieces.find((p) => p.text === expected.text);
      expect(piece, `lost: ${expected.text}`).toBeDefined();
      if (piece?.section === expected.section) right++;
    }
    placed += right;
    counted += content.length;
    expect(right / content.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the whole corpus', () => {
  it('places at least 95% of all sentences in the right section', () => {
    expect(counted).toBeGreaterThan(200);
    expect(placed / counted).toBeGreaterThanOrEqual(0.95);
  });
});
