import { describe, expect, it } from 'vitest';
import { joinRuns, mentionFinder, neighbours, relatedProfessions, subjectWords, titleHead, type RelatedInput } from '../../src/core/related';

const profession = (slug: string, title: string, extra: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  title,
  majors: [],
  text: '',
  ...extra,
});

describe('subjectWords', () => {
  it.each([
    ['Koordinator Pertemuan Politik', ['koordinator', 'pertemuan', 'politik']],
    // Function words and generic job words carry no subject.
    ['Kepala atau Anggota Staf Unit Kebijakan Luar Negeri di Organisasi Internasional', ['kebijakan', 'luar', 'negeri', 'organisasi', 'internasional']],
  ])('returns the subject words of %j', (title, expected) => {
    expect(subjectWords(title)).toEqual(expected);
  });
});

describe('titleHead', () => {
  it.each([
    ['Pejabat Pemerintah di Kementerian Luar Negeri', 'pejabat pemerintah'],
    // No narrowing word, or a head of one word only: no head.
    ['Koordinator Pertemuan Politik', undefined],
    ['Diplomat di Kedutaan', undefined],
  ])('returns the head of %j', (title, head) => {
    expect(titleHead(title)).toBe(head);
  });
});

describe('mentionFinder', () => {
  const titles = ['Diplomat', 'Pekerja Kemanusiaan', 'Pejabat Pemerintah di Kementerian Luar Negeri'];

  it('returns titles named in the text, whatever their case and punctuation', () => {
    const text = 'Berbeda dengan diplomat, atau PEKERJA kemanusiaan. Lalu pejabat pemerintah di Kementerian Luar Negeri.';
    expect(mentionFinder(titles)(text)).toEqual(new Set(titles));
  });

  it('returns nothing for a partial title or a word inside another word', () => {
    expect(mentionFinder(titles)('pejabat pemerintah daerah; kegiatan diplomatik')).toEqual(new Set());
  });
});

describe('relatedProfessions', () => {
  const items = [
    profession('a', 'Analis Kebijakan Luar Negeri', { majors: ['Hubungan Internasional', 'Ilmu Politik'] }),
    profession('b', 'Diplomat', { text: 'Seorang diplomat berbeda dengan analis kebijakan luar negeri.' }),
    profession('c', 'Konsultan Politik', { majors: ['ilmu politik'] }),
    profession('d', 'Penerjemah', { majors: ['Sastra Inggris'] }),
    profession('e', 'Pekerja Kemanusiaan'),
  ];
  const related = relatedProfessions(items);
  const slugs = (slug: string) => related.get(slug)!.map((r) => r.slug);

  it('ranks a profession that a text compares itself with first, in both directions', () => {
    expect(slugs('b')).toEqual(['a']);
    expect(slugs('a')[0]).toBe('b');
    expect(related.get('a')![0]!.reasons).toEqual([{ kind: 'compared' }]);
  });

  it('relates a text that names the head of another title to it, one way', () => {
    const loose = relatedProfessions([
      profession('k', 'Koordinator Rapat', { text: 'Bekerja dengan partai atau pejabat pemerintah.' }),
      profession('p', 'Pejabat Pemerintah di Kementerian Luar Negeri'),
    ]);
    expect(loose.get('k')).toEqual([{ slug: 'p', title: 'Pejabat Pemerintah di Kementerian Luar Negeri', score: 3, reasons: [{ kind: 'mentioned' }] }]);
    expect(loose.get('p')).toEqual([]);
  });

  it('relates professions that share a major, however it is capitalised', () => {
    expect(slugs('c')).toEqual(['a']);
    expect(related.get('c')![0]!.reasons).toEqual([{ kind: 'majors', shared: ['ilmu politik'] }]);
  });

  it('relates professions through `similar` names, and leaves a profession with no link alone', () => {
    const withSimilar = relatedProfessions([...items.slice(0, 4), profession('e', 'Pekerja Kemanusiaan', { similar: ['Penerjemah'] })]);
    expect(withSimilar.get('d')!.map((r) => r.slug)).toEqual(['e']);
    expect(slugs('d')).toEqual([]);
  });

  it('relates titles that share subject words and never lists a profession as related to itself', () => {
    const byTitle = relatedProfessions([profession('x', 'Staf Politik'), profession('y', 'Analis Politik'), profession('z', 'Juru Masak')]);
    expect(byTitle.get('x')!.map((r) => r.slug)).toEqual(['y']);
    expect(byTitle.get('x')![0]!.reasons).toEqual([{ kind: 'subject', shared: ['politik'] }]);
    for (const [slug, list] of related) expect(list.map((r) => r.slug)).not.toContain(slug);
  });

  it('skips a word that nearly every profession shares, and keeps at most `limit`', () => {
    const many = Array.from({ length: 12 }, (_, i) => profession(`p${i}`, `Analis ${'abcdefghijkl'[i]}`));
    expect(relatedProfessions(many, { maxShared: 8 }).get('p0')).toEqual([]);
    expect(
      relatedProfessions(many, { maxShared: 20, limit: 3 })
        .get('p0')!
        .map((r) => r.slug),
    ).toEqual(['p1', 'p2', 'p3']);
  });
});

describe('joinRuns', () => {
  it.each([
    [['negeri', 'luar'], ['kebijakan', 'luar', 'negeri'], ['luar negeri']],
    [
      ['kebijakan', 'negeri'],
      ['kebijakan', 'luar', 'negeri'],
      ['kebijakan', 'negeri'],
    ],
    [[], ['a'], []],
  ])('returns %j in the order of %j as %j', (shared, order, expected) => {
    expect(joinRuns(shared, order)).toEqual(expected);
  });
});

describe('neighbours', () => {
  const list = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
  it.each([
    ['a', { previous: undefined, next: { slug: 'b' } }],
    ['b', { previous: { slug: 'a' }, next: { slug: 'c' } }],
    ['c', { previous: { slug: 'b' }, next: undefined }],
    ['x', {}],
  ])('returns the neighbours of %j', (slug, expected) => {
    expect(neighbours(list, slug)).toEqual(expected);
  });
});
