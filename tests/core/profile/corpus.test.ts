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
const files = readdirSync(`${CORPUS}/texts`)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** One text's key and parse. */
function load(file: string) {
  const key: Key = JSON.parse(readFileSync(`${CORPUS}/key/${file.replace(/\.txt$/, '.json')}`, 'utf8'));
  return { key, result: parseProfile(readFileSync(`${CORPUS}/texts/${file}`, 'utf8'), file) };
}

/** The key's sentences (not the title or headings) that the parse lost, and how many it placed in the key's section. */
function placement(file: string): { total: number; right: number; lost: string[] } {
  const { key, result } = load(file);
  if (!result.ok) throw new Error(`${file} did not parse`);
  const content = key.sentences.filter((s) => s.section !== 'title' && s.section !== 'heading');
  const sectionOf = (text: string) => result.profile.pieces.find((p) => p.text === text)?.section;
  return {
    total: content.length,
    right: content.filter((s) => sectionOf(s.text) === s.section).length,
    lost: content.filter((s) => sectionOf(s.text) === undefined).map((s) => s.text),
  };
}

describe.each(files)('%s', (file) => {
  it('parses, with a title that has the key words', () => {
    const { key, result } = load(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const word of key.titleKeywords) expect(result.profile.title.toLowerCase()).toContain(word.toLowerCase());
  });

  it("loses no sentence, and places at least 90% in the key's section", () => {
    const { total, right, lost } = placement(file);
    expect(lost).toEqual([]);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the whole corpus', () => {
  it('places at least 95% of all sentences in the right section', () => {
    const all = files.map(placement);
    const total = all.reduce((sum, p) => sum + p.total, 0);
    expect(total).toBeGreaterThan(200);
    expect(all.reduce((sum, p) => sum + p.right, 0) / total).toBeGreaterThanOrEqual(0.95);
  });
});
