import { describe, expect, it } from 'vitest';
import {
  buildWordForms,
  chunksFor,
  formQueries,
  lookupWords,
  MAX_FORM_QUERIES,
  MAX_FORMS,
  otherForms,
  rootCandidates,
  splitWordForms,
} from '../../../src/core/search/word-forms';

// Held-out cases, written down before the stripper was tuned and never tuned on: the textbook
// examples of each prefix's sound changes (meN-/peN- before b, t, s, k, p, vowels, one-syllable
// roots), of ke-…-an and per-…-an nouns, of ber-/di-/ter-, and of colloquial Jakarta verbs, as
// grammar books and dictionaries list them. None of these words is in the fixture texts or in
// content/ (checked with grep when they were chosen), so no case can pass because of them.
// [typed, forms a text might use, the root they share]
const HELD_OUT: [typed: string, textForms: string[], root: string][] = [
  // meN- / peN- and the sound they replace.
  ['membaca', ['pembaca', 'dibaca'], 'baca'],
  ['penulis', ['menulis', 'tulisan'], 'tulis'],
  ['menyapu', ['penyapu', 'disapu'], 'sapu'],
  ['mengambil', ['pengambilan', 'diambil'], 'ambil'],
  ['pengiriman', ['mengirim', 'dikirim'], 'kirim'],
  ['memakai', ['pemakaian', 'dipakai'], 'pakai'],
  ['memotong', ['pemotongan', 'dipotong'], 'potong'],
  ['penanaman', ['menanam', 'tanaman'], 'tanam'],
  ['mengecat', ['pengecatan', 'dicat'], 'cat'],
  ['menggambar', ['penggambaran', 'digambar'], 'gambar'],
  ['mencuci', ['pencucian', 'dicuci'], 'cuci'],
  // ke-…-an and per-…-an nouns beside their roots' verbs and adjectives.
  ['kesehatan', ['sehat', 'menyehatkan'], 'sehat'],
  ['kebersihan', ['bersih', 'membersihkan'], 'bersih'],
  ['perdagangan', ['berdagang', 'pedagang'], 'dagang'],
  ['pertanian', ['bertani', 'petani'], 'tani'],
  ['perumahan', ['rumah', 'rumahan'], 'rumah'],
  // ber-, di-, ter-, and two prefixes at once.
  ['berlari', ['pelari', 'lari'], 'lari'],
  ['ditulis', ['menulis', 'penulis'], 'tulis'],
  ['terbawa', ['membawa', 'dibawa'], 'bawa'],
  ['memperbaiki', ['perbaikan', 'diperbaiki'], 'baik'],
  // Colloquial verbs: meN- without "me", and -in for -kan / -i.
  ['nulis', ['menulis', 'penulis'], 'tulis'],
  ['nyapu', ['menyapu', 'penyapu'], 'sapu'],
  ['ngambil', ['mengambil', 'pengambilan'], 'ambil'],
  ['ngirim', ['mengirim', 'pengiriman'], 'kirim'],
  ['motong', ['memotong', 'pemotongan'], 'potong'],
  ['nanam', ['menanam', 'penanaman'], 'tanam'],
  ['ngecat', ['mengecat', 'pengecatan'], 'cat'],
  ['ngirimin', ['mengirimkan', 'pengiriman'], 'kirim'],
  // Colloquial words for another root.
  ['bikin', ['membuat', 'pembuatan'], 'buat'],
  ['dibikin', ['membuat', 'dibuat'], 'buat'],
];

// Words that look affixed but are roots of their own: no two of a list may be grouped.
const APART: string[][] = [
  ['beras', 'keras', 'peras'],
  ['kecil', 'pecil'],
  ['bekal', 'kekal'],
  ['perang', 'erang'],
  ['berita', 'derita'],
];

describe('rootCandidates', () => {
  it.each(HELD_OUT)('reads "%s" as a form of its root', (typed, _forms, root) => {
    expect(rootCandidates(typed, true)).toContain(root);
  });

  it.each(HELD_OUT.flatMap(([, forms, root]) => forms.map((form) => [form, root])))(
    'reads the text form "%s" as a form of "%s" without colloquial readings',
    (form, root) => {
      expect(rootCandidates(form)).toContain(root);
    },
  );

  it('returns the word itself first', () => {
    expect(rootCandidates('mengelola')[0]).toBe('mengelola');
  });

  it('reads ke-…-an around a word that looks prefixed itself: "kementerian" is a form of "menteri"', () => {
    expect(rootCandidates('kementerian')).toContain('menteri');
  });

  it('keeps colloquial readings for what people type: "ngatur" is a form of "atur" only when asked', () => {
    expect(rootCandidates('ngatur', true)).toContain('atur');
    expect(rootCandidates('ngatur')).not.toContain('atur');
  });

  it('never returns a root of fewer than four letters but after menge-/penge-', () => {
    expect(rootCandidates('beras')).toEqual(['beras']);
    expect(rootCandidates('mengebom')).toContain('bom');
  });

  it.each(['', 'a', 'xyz', '12345', 'ngng', 'mememememe', 'x'.repeat(5000)])('never throws on %j', (word) => {
    expect(() => rootCandidates(word, true)).not.toThrow();
  });
});

describe('buildWordForms and otherForms on held-out words', () => {
  const filler = ['agenda', 'proyek', 'laporan', 'anggaran'];

  it.each(HELD_OUT)('finds for "%s" the forms %j of the texts', (typed, forms) => {
    const table = buildWordForms([...forms, ...filler]);
    expect(otherForms(typed, table)).toEqual(expect.arrayContaining(forms.filter((form) => form !== typed)));
  });

  it.each(APART)('keeps "%s" and its look-alikes apart', (...look) => {
    const table = buildWordForms(look);
    for (const word of look) expect(otherForms(word, table)).toEqual([]);
  });
});

describe('buildWordForms', () => {
  it('groups forms under the root most of them share, not under a form that looks like a root', () => {
    expect(buildWordForms(['mengelola', 'pengelola', 'pengelolaan', 'dikelola'])).toEqual({
      kelola: ['dikelola', 'mengelola', 'pengelola', 'pengelolaan'],
    });
  });

  it('joins a root word to its ke-…-an noun: "menteri" and "kementerian"', () => {
    expect(buildWordForms(['menteri', 'kementerian'])).toEqual({ menteri: ['kementerian', 'menteri'] });
  });

  it('leaves out a form that is another plus a clitic: Pagefind joins those', () => {
    expect(buildWordForms(['menteri', 'menterinya', 'kementerian'])).toEqual({ menteri: ['kementerian', 'menteri'] });
  });

  it('files a word with no affix under itself, so a typed form of it finds it', () => {
    expect(buildWordForms(['agenda', 'sehat'])).toEqual({ agenda: ['agenda'], sehat: ['sehat'] });
  });

  it('files a word no other word shares a root with under every root it could have', () => {
    expect(buildWordForms(['kementerian', 'agenda'])).toMatchObject({ menteri: ['kementerian'] });
    expect(otherForms('menteri', buildWordForms(['kementerian', 'agenda']))).toEqual(['kementerian']);
  });

  it('leaves out the forms `searchable` rejects, which still count as evidence of the root', () => {
    expect(buildWordForms(['kerja', 'bekerja', 'pekerja'], (word) => word !== 'kerja')).toEqual({ kerja: ['bekerja', 'pekerja'] });
  });

  it('ignores anything but plain lower-case words', () => {
    expect(buildWordForms(['Menteri', 'Kementerian', '2024', 'café'])).toEqual({});
  });
});

describe('otherForms', () => {
  const table = { pantau: ['dipantau', 'memantau', 'pemantauan'], tani: ['petani', 'pertanian'] };

  it('returns the other forms of the group the word is in', () => {
    expect(otherForms('memantau', table)).toEqual(['dipantau', 'pemantauan']);
  });

  it('returns the forms of a root the texts lack in this form', () => {
    expect(otherForms('pemantau', table)).toEqual(['dipantau', 'memantau', 'pemantauan']);
  });

  it('returns the formal word of a colloquial one first, in the texts or not', () => {
    expect(otherForms('mantau', table)).toEqual(['memantau', 'dipantau', 'pemantauan']);
    expect(otherForms('bikin', {})).toEqual(['buat']);
  });

  it('returns nothing for a word of no group, and for keys of Object.prototype', () => {
    expect(otherForms('agenda', table)).toEqual([]);
    expect(otherForms('constructor', table)).toEqual([]);
  });

  it(`returns at most ${MAX_FORMS} forms`, () => {
    const many = { baca: Array.from({ length: 20 }, (_, i) => `baca${'x'.repeat(i)}`) };
    expect(otherForms('membaca', many)).toHaveLength(MAX_FORMS);
  });
});

describe('the table in chunks', () => {
  it('splits by the first letter of the root', () => {
    expect(splitWordForms({ kelola: ['a', 'b'], kuat: ['c', 'd'], menteri: ['e', 'f'] })).toEqual({
      k: { kelola: ['a', 'b'], kuat: ['c', 'd'] },
      m: { menteri: ['e', 'f'] },
    });
  });

  it('names every chunk a typed word’s roots are in', () => {
    expect(chunksFor('kementerian')).toEqual(expect.arrayContaining(['k', 'm']));
    expect(chunksFor('memantau')).toEqual(expect.arrayContaining(['m', 'p']));
  });
});

describe('lookupWords and formQueries', () => {
  it('looks up the plain words of every variant once, without stop words or short words', () => {
    expect(lookupWords(['kerja di kemlu', 'kerja di kementerian luar negeri', 'ai 2024'], (word) => word === 'kerja')).toEqual([
      'kemlu',
      'kementerian',
      'luar',
      'negeri',
    ]);
  });

  it('replaces one word at a time by each of its forms', () => {
    expect(formQueries(['memantau proyek'], { memantau: ['pemantauan', 'dipantau'], proyek: ['proyeknya'] })).toEqual([
      'pemantauan proyek',
      'dipantau proyek',
      'memantau proyeknya',
    ]);
  });

  it('never repeats a variant already searched', () => {
    expect(formQueries(['menteri', 'kementerian'], { menteri: ['kementerian'], kementerian: ['menteri'] })).toEqual([]);
  });

  it(`runs at most ${MAX_FORM_QUERIES} more queries`, () => {
    const forms = { a: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], b: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'] };
    expect(formQueries(['a b'], forms)).toHaveLength(MAX_FORM_QUERIES);
  });
});

describe('otherForms on held-out words the texts use in one form only', () => {
  it.each(HELD_OUT.flatMap(([typed, forms]) => forms.filter((form) => form !== typed).map((form) => [typed, form])))(
    'finds for "%s" the texts\' only form "%s"',
    (typed, form) => {
      expect(otherForms(typed, buildWordForms([form, 'agenda', 'proyek']))).toContain(form);
    },
  );
});
