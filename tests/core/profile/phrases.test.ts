import { describe, expect, it } from 'vitest';
import { compileCues, phrasesPattern, phraseSource } from '../../../src/core/profile/phrases';
import {
  EXPECTATION_STARTS,
  HEADING_CUES,
  INLINE_LIST_LEADS,
  LEADING_CONNECTIVES,
  NOT_A_NAME_ENDS,
  NOT_A_NAME_STARTS,
  REALITY_INSIDE,
  REALITY_STARTS,
  SENTENCE_ANYWHERE_CUES,
  SENTENCE_START_CUES,
  SIMILAR_CUES,
  TITLE_LABELS,
  TRAIT_LEADS,
  TRAIT_STARTS,
} from '../../../src/core/profile/cues';

const line = (phrase: string) => phrasesPattern([phrase], 'line');

describe('phraseSource', () => {
  it.each([
    ['tugas utama', 'tugas utama'],
    ['kurang/tidak cocok', '(?:kurang|tidak) cocok'],
    ['gambaran [umum/singkat]', 'gambaran(?: (?:umum|singkat))?'],
    ['[contoh] tempat kerja', '(?:contoh )?tempat kerja'],
    ['perbedaan[nya] dengan', 'perbedaan(?:nya)? dengan'],
    ['jurusan…', 'jurusan.*'],
    ['apa itu …', 'apa itu .*'],
    ['seorang … cocok', 'seorang\\b[^.]*?\\bcocok'],
    ['kemampuan [dan *] dibutuhkan', 'kemampuan(?: dan \\w+)? dibutuhkan'],
    ['tugas [utama][nya] … meliputi', 'tugas(?: utama)?(?:nya)?\\b[^.]*?\\bmeliputi'],
    ['konsep, ekspektasi (dan) realita?', 'konsep, ekspektasi \\(dan\\) realita\\?'],
  ])('compiles %j to %j', (phrase, source) => {
    expect(phraseSource(phrase)).toBe(source);
  });

  it('refuses a phrase that may be left out entirely', () => {
    expect(() => phraseSource('[umum]')).toThrow(/left out entirely/);
  });

  it('refuses unbalanced brackets', () => {
    expect(() => phraseSource('tugas]')).toThrow(/unbalanced/);
    expect(() => phraseSource('tugas[nya')).toThrow(/unbalanced/);
    expect(() => phraseSource('')).toThrow();
  });
});

describe('what a phrase matches', () => {
  it('takes optional words with their space, at the start, in the middle and at the end', () => {
    const pattern = line('[yang] [sering] disalahpahami');
    expect(['disalahpahami', 'yang disalahpahami', 'sering disalahpahami', 'yang sering disalahpahami'].every((t) => pattern.test(t))).toBe(true);
    expect(pattern.test(' disalahpahami')).toBe(false);
    expect(line('profil [orang/yang] [yang] cocok').test('profil orang yang cocok')).toBe(true);
    expect(line('profil [orang/yang] [yang] cocok').test('profil cocok')).toBe(true);
  });

  it('lets `…` after a word continue the word or the line, and `…` between words span words but not a full stop', () => {
    expect(line('jurusan…').test('jurusannya')).toBe(true);
    expect(line('apa itu …').test('apa itu notaris')).toBe(true);
    expect(line('apa itu …').test('apa itupun')).toBe(false);
    const between = phrasesPattern(['seorang … tidak cocok'], 'start');
    expect(between.test('seorang yang mudah bosan tidak cocok')).toBe(true);
    expect(between.test('seorang dll. tidak cocok')).toBe(false);
  });

  it('anchors as asked: the whole line, the start up to a word boundary, or anywhere between word boundaries', () => {
    expect(phrasesPattern(['tugas'], 'line').test('tugas utama')).toBe(false);
    expect(phrasesPattern(['tugas'], 'start').test('tugas utama')).toBe(true);
    expect(phrasesPattern(['tugas'], 'start').test('tugasnya')).toBe(false);
    expect(phrasesPattern(['cocok'], 'anywhere').test('sangat cocok untuk')).toBe(true);
    expect(phrasesPattern(['cocok'], 'anywhere').test('kecocokan')).toBe(false);
  });

  it('matches regular-expression characters literally', () => {
    expect(line('fakta vs. mitos').test('fakta vs. mitos')).toBe(true);
    expect(line('fakta vs. mitos').test('fakta vsx mitos')).toBe(false);
  });
});

describe('compileCues', () => {
  it('keeps the table order, which is the priority', () => {
    const cues = compileCues({ unfit: ['tidak cocok'], fit: ['cocok'] }, 'anywhere');
    expect(cues.map((c) => c.section)).toEqual(['unfit', 'fit']);
    expect(cues.find((c) => c.pattern.test('kamu tidak cocok'))?.section).toBe('unfit');
  });
});

describe('the cue tables of cues.ts', () => {
  it('all compile, and no phrase is empty or has stray spaces', () => {
    const tables = [HEADING_CUES, SENTENCE_START_CUES, SENTENCE_ANYWHERE_CUES].flatMap((t) => Object.values(t).flat());
    const lists = [
      LEADING_CONNECTIVES,
      REALITY_STARTS,
      REALITY_INSIDE,
      EXPECTATION_STARTS,
      TRAIT_STARTS,
      INLINE_LIST_LEADS,
      TITLE_LABELS,
      NOT_A_NAME_STARTS,
      NOT_A_NAME_ENDS,
      ...TRAIT_LEADS.map((lead) => lead.phrases),
      ...SIMILAR_CUES.flatMap((cue) => [cue.before, cue.until, cue.notNames ?? []]),
    ].flat();
    for (const phrase of [...tables, ...lists] as string[]) {
      expect(phrase, phrase).toMatch(/^\S(?:.*\S)?$/);
      expect(phrase, phrase).not.toMatch(/ {2}/);
      expect(phrase, phrase).toBe(phrase.toLowerCase());
      expect(() => phraseSource(phrase), phrase).not.toThrow();
    }
  });
});
