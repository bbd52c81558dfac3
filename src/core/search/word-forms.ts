/**
 * Indonesian word forms that Pagefind's stemmer keeps apart. Its Snowball stemmer strips affixes
 * without a dictionary, so forms of one root can end with different stems ("menteri" → "teri",
 * "kementerian" → "menteri"; "mengelola" → "elola", "dikelola" → "kelola"). Here a confix stripper
 * in the manner of Nazief–Adriani lists every root a word could have (the meN-/peN- sound changes,
 * ke-…-an, per-…-an, ber-, di-, ter-, the suffixes and clitics), and the words of the texts
 * themselves are the dictionary: a word's root is the candidate that most words of the texts share.
 * The build writes the groups of forms by root (`buildWordForms`); the search looks up the roots a
 * typed word could have (`rootCandidates`, with the informal ng- forms) and also searches the forms
 * of the texts that share one.
 */

/** Forms of the texts by root: `{ kelola: ["dikelola", "mengelola", "pengelola"] }`. */
export type WordFormTable = Readonly<Record<string, readonly string[]>>;

/** Shortest root considered: three-letter leftovers ("ras" of "beras", "keras") are mostly accidents. */
const MIN_ROOT = 4;
/** Roots of one syllable take menge-/penge- ("mengecat", "pengebom") and di- ("dicat"); only those may be shorter. */
const MIN_MONOSYLLABLE_ROOT = 3;

const VOWEL = /^[aeiou]/;
const CONSONANT = /^[b-df-hj-np-tv-z]/;

/** Clitics that attach to any word: particles, then possessives ("bukunyalah"). */
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
/** Derivational suffixes, and the informal "-in" that stands for -kan and -i ("kerjain"). */
const SUFFIXES = ['kan', 'an', 'i'];
const INFORMAL_SUFFIXES = ['in'];

/**
 * Prefix and suffix pairs Indonesian does not combine (Nazief–Adriani's disallowed confixes): a
 * reading that needs one is wrong. "di-…-an" is missing on purpose: "diadakan" is di-…-kan.
 */
const DISALLOWED: readonly (readonly [prefix: string, suffix: string])[] = [
  ['be', 'i'],
  ['ke', 'i'],
  ['ke', 'kan'],
  ['me', 'an'],
  ['te', 'an'],
];

/** Informal words whose root is another word altogether. */
export const INFORMAL_ROOTS: Readonly<Record<string, string>> = {
  bikin: 'buat',
  nyari: 'cari',
  kasih: 'beri',
  ngomong: 'bicara',
  omong: 'bicara',
  ngobrol: 'bicara',
  gawe: 'kerja',
};

/** One way of reading a word's start as a prefix: the prefix's class and what the root starts with. */
interface PrefixReading {
  /** The prefix's class, for the disallowed confixes: "me", "pe", "be", "te", "di", "ke". */
  kind: string;
  /** The rest of the word, as the root would spell it. */
  rest: string;
  /** True when the root may be a single syllable (after menge-, penge-). */
  short?: boolean;
}

/**
 * The ways a word can start with meN- or peN- (`nasal` is "me" or "pe"), with the sound each
 * nasal replaces: meny-/peny- + vowel had s ("menyusun" → susun), mem- + vowel had p ("memantau" →
 * pantau), men- + vowel had t ("menulis" → tulis), meng- + vowel may have had k ("mengelola" →
 * kelola); the root may also simply start with the nasal's vowel or with ny, m, n.
 */
function nasalReadings(word: string, nasal: 'me' | 'pe'): PrefixReading[] {
  if (!word.startsWith(nasal)) return [];
  const rest = word.slice(2);
  const kind = nasal;
  const out: PrefixReading[] = [];
  const vowelAfter = (n: number) => VOWEL.test(rest.slice(n));
  if (rest.startsWith('nge') && CONSONANT.test(rest.slice(3))) out.push({ kind, rest: rest.slice(3), short: true });
  if (rest.startsWith('ng')) {
    const after = rest.slice(2);
    if (vowelAfter(2)) out.push({ kind, rest: after }, { kind, rest: `k${after}` });
    else if (/^(g|h|kh)/.test(after)) out.push({ kind, rest: after });
  } else if (rest.startsWith('ny')) {
    if (vowelAfter(2)) out.push({ kind, rest: `s${rest.slice(2)}` }, { kind, rest });
  } else if (rest.startsWith('n')) {
    const after = rest.slice(1);
    if (vowelAfter(1)) out.push({ kind, rest: `t${after}` }, { kind, rest });
    else if (/^(c|d|j|z|sy|t)/.test(after)) out.push({ kind, rest: after });
  } else if (rest.startsWith('m')) {
    const after = rest.slice(1);
    if (vowelAfter(1)) out.push({ kind, rest: `p${after}` }, { kind, rest });
    else if (/^(b|f|v|p)/.test(after)) out.push({ kind, rest: after });
  } else if (/^(l|r|w|y)[aeiou]/.test(rest)) {
    out.push({ kind, rest });
  }
  return out;
}

/** The ways a word can start with a prefix: meN-, peN-, per-, ber-, ter-, di-, ke- and their variants. */
function prefixReadings(word: string): PrefixReading[] {
  const out = [...nasalReadings(word, 'me'), ...nasalReadings(word, 'pe')];
  const simple = (prefix: string, kind: string) => {
    if (word.startsWith(prefix)) out.push({ kind, rest: word.slice(prefix.length) });
  };
  // di- also before one-syllable roots ("dicat", "dibom").
  if (word.startsWith('di')) out.push({ kind: 'di', rest: word.slice(2), short: true });
  simple('ke', 'ke');
  // pe- is per- without its r before other consonants: "pedagang", "petani", "pegawai".
  if (/^pe[bcdfghjkpstvz]/.test(word) && !/^pe(ng|ny)/.test(word)) out.push({ kind: 'pe', rest: word.slice(2) });
  // ber-, per-, ter- and their r-less forms before a root that starts with r or with "er"
  // ("berapat", "bekerja", "pekerja", "terasa"), and the irregular bel-/pel- of "ajar".
  for (const [prefix, kind] of [
    ['ber', 'be'],
    ['per', 'pe'],
    ['ter', 'te'],
  ] as const) {
    simple(prefix, kind);
    if (word.startsWith(prefix.slice(0, 2)) && (/^r[aeiou]/.test(word.slice(2)) || /^[b-df-hj-np-tv-z]er/.test(word.slice(2)))) {
      out.push({ kind, rest: word.slice(2) });
    }
  }
  if (word === 'belajar' || word === 'pelajar') out.push({ kind: word.startsWith('b') ? 'be' : 'pe', rest: 'ajar' });
  return out;
}

/** The word without clitics, each way they can be read: "bukunyalah" → bukunyalah, bukunya, buku. */
function withoutClitics(word: string): string[] {
  const out = [word];
  for (const particle of PARTICLES) if (word.endsWith(particle)) out.push(word.slice(0, -particle.length));
  for (const base of [...out]) for (const possessive of POSSESSIVES) if (base.endsWith(possessive)) out.push(base.slice(0, -possessive.length));
  return out;
}

const MONOSYLLABLE = /^[^aeiou]*[aeiou]+[^aeiou]*$/;
const tooShort = (root: string, short = false) =>
  !/[aeiou]/.test(root) || (root.length < MIN_ROOT && !(short && root.length >= MIN_MONOSYLLABLE_ROOT && MONOSYLLABLE.test(root)));

/**
 * Returns the informal readings of a word (colloquial Jakarta verbs drop meN-'s "me": "ngatur",
 * "nyusun", "mikir", "nulis", "ngecek"), as the formal word they stand for: "ngatur" → "mengatur".
 */
function formalised(word: string): string[] {
  if (/^(me|pe)/.test(word)) return [];
  if (/^(ng|ny|m|n)[aeiou]/.test(word) || /^nge[b-df-hj-np-tv-z]/.test(word)) return [`me${word}`];
  return [];
}

/**
 * Returns every root a word could have, the word itself first, then shallower readings before
 * deeper ones. `informal` adds colloquial readings, for what people type (not for the texts):
 * `"mengelola"` → `["mengelola", "elola", "kelola"]`; `"kementerian"` → includes `"menteri"`.
 */
export function rootCandidates(word: string, informal = false): string[] {
  const found = new Set<string>([word]);
  const add = (root: string, short?: boolean) => {
    if (!tooShort(root, short)) found.add(root);
    const other = INFORMAL_ROOTS[root];
    if (other && informal) found.add(other);
  };
  add(word);
  const starts = informal ? [word, ...formalised(word)] : [word];
  for (const start of starts) {
    for (const base of withoutClitics(start)) {
      const suffixes = informal ? [...SUFFIXES, ...INFORMAL_SUFFIXES] : SUFFIXES;
      const stems: [stem: string, suffix: string][] = [[base, '']];
      for (const suffix of suffixes) if (base.endsWith(suffix)) stems.push([base.slice(0, -suffix.length), suffix]);
      for (const [stem, suffix] of stems) {
        if (stem !== word) add(stem);
        for (const first of prefixReadings(stem)) {
          if (DISALLOWED.some(([p, s]) => p === first.kind && s === (suffix === 'in' ? 'i' : suffix))) continue;
          add(first.rest, first.short);
          // A second prefix: "mempelajari", "diperbaiki", "kebersamaan", "pemberdayaan".
          for (const second of prefixReadings(first.rest)) {
            if (second.kind === first.kind && second.kind !== 'pe') continue;
            add(second.rest, second.short);
          }
        }
      }
    }
  }
  return [...found];
}

/** Clitics Pagefind's stemmer strips itself: a form that is another form plus one adds nothing. */
const CLITIC = new RegExp(`(${[...PARTICLES, ...POSSESSIVES].join('|')})$`);

/**
 * Groups the words of the texts by root (a word with no affix under itself). Each word's root is, of its candidates, the one the most
 * words share (a longer one on a tie): the texts' own words are the dictionary. A word no other
 * word shares a root with is filed under every root it could have, since nothing tells which is
 * right ("kementerian" alone is under "menteri", so a search for "menteri" finds it). A form that is
 * another form plus a clitic ("menterinya") is left out, Pagefind joins those, and so is a form
 * `searchable` rejects (it still counts as evidence for a root). Forms are sorted.
 */
export function buildWordForms(textWords: Iterable<string>, searchable: (word: string) => boolean = () => true): WordFormTable {
  const unique = [...new Set(textWords)].filter((word) => /^[a-z]+$/.test(word));
  const candidates = new Map(unique.map((word) => [word, rootCandidates(word)]));
  const support = new Map<string, number>();
  for (const list of candidates.values()) for (const root of list) support.set(root, (support.get(root) ?? 0) + 1);
  const groups = new Map<string, Set<string>>();
  const file = (root: string, word: string) => {
    if (!groups.has(root)) groups.set(root, new Set());
    groups.get(root)!.add(word);
  };
  for (const [word, list] of candidates) {
    let best = word;
    for (const root of list) {
      const a = support.get(root)!;
      const b = support.get(best)!;
      if (a > b || (a === b && root.length > best.length)) best = root;
    }
    if (best !== word || support.get(word)! > 1 || list.length === 1) file(best, word);
    else for (const root of list.slice(1)) file(root, word);
  }
  const table: Record<string, string[]> = {};
  for (const root of [...groups.keys()].sort()) {
    const forms = groups.get(root)!;
    const kept = [...forms].filter((form) => searchable(form) && !(CLITIC.test(form) && forms.has(form.replace(CLITIC, '')))).sort();
    if (kept.length > 0) table[root] = kept;
  }
  return table;
}

/** Returns the chunk of the table a root is stored in: its first letter, so a search fetches little. */
export const wordFormChunk = (root: string): string => root[0]!;

/** Returns the chunks of the table a typed word's roots are in: "kementerian" → ["k", "m", …]. */
export function chunksFor(word: string): string[] {
  return [...new Set(rootCandidates(word, true).map(wordFormChunk))];
}

/** Splits a table into its chunks: `{ k: { kelola: […] }, m: { menteri: […] } }`. */
export function splitWordForms(table: WordFormTable): Record<string, WordFormTable> {
  const chunks: Record<string, Record<string, readonly string[]>> = {};
  for (const [root, forms] of Object.entries(table)) (chunks[wordFormChunk(root)] ??= {})[root] = forms;
  return chunks;
}

/** At most this many other forms are searched for one typed word. */
export const MAX_FORMS = 6;

/**
 * Returns the other forms a typed word stands for: the formal word of a colloquial one ("ngatur" →
 * "mengatur", "bikin" → "buat"), then the forms of the texts under the root its group is under when
 * the texts use the word itself, or else under every root it could have.
 * `("memantau", { pantau: ["dipantau", "pemantauan"] })` → `["dipantau", "pemantauan"]`.
 */
export function otherForms(word: string, table: WordFormTable): string[] {
  const groups = rootCandidates(word, true)
    .map((root) => (Object.hasOwn(table, root) ? table[root]! : undefined))
    .filter((forms) => forms !== undefined);
  const own = groups.filter((forms) => forms.includes(word));
  const spoken = [...formalised(word), ...(Object.hasOwn(INFORMAL_ROOTS, word) ? [INFORMAL_ROOTS[word]!] : [])];
  const forms = [...spoken, ...(own.length > 0 ? own : groups).flat()];
  return [...new Set(forms)].filter((form) => form !== word).slice(0, MAX_FORMS);
}

/** At most this many extra queries run for the word forms of one query. */
export const MAX_FORM_QUERIES = 8;

/** Returns the words of a query worth looking up in the table: plain lower-case words, no stop words. */
export function lookupWords(variants: readonly string[], isStopWord: (word: string) => boolean): string[] {
  return [...new Set(variants.flatMap((variant) => variant.split(' ')))].filter((word) => /^[a-z]{3,}$/.test(word) && !isStopWord(word));
}

/**
 * Returns the queries to run besides `variants` for the other forms of their words: one word
 * replaced by one of its forms at a time, each query once, at most `MAX_FORM_QUERIES`.
 * `(["mengelola anggaran"], { mengelola: ["dikelola"] })` → `["dikelola anggaran"]`.
 */
export function formQueries(variants: readonly string[], forms: Readonly<Record<string, readonly string[]>>): string[] {
  const out = new Set<string>();
  for (const variant of variants) {
    const parts = variant.split(' ');
    parts.forEach((word, i) => {
      for (const form of Object.hasOwn(forms, word) ? forms[word]! : []) out.add([...parts.slice(0, i), form, ...parts.slice(i + 1)].join(' '));
    });
  }
  for (const variant of variants) out.delete(variant);
  return [...out].slice(0, MAX_FORM_QUERIES);
}
