/**
 * Words people type that the profiles spell differently. Pagefind has no synonyms or typo tolerance
 * (its issues #777 and #2), so a query is rewritten before searching. Reviewed by hand: every entry
 * has a test, and a new entry should name the words the profiles actually use. English words people
 * type are a table of their own beside this one (`english-terms.ts`, fetched by the search with the
 * words of a query's letters); a query is rewritten with both.
 */

/** One rewrite: any phrase in `from` (whole words, any case) is searched as `to`. */
export interface SynonymRule {
  /** Phrases as people type them, lower case. */
  from: readonly string[];
  /** The words the profiles use. */
  to: string;
}

/** The reviewed table. Two-way pairs (LSM ↔ NGO) are two rules. */
export const SYNONYMS: readonly SynonymRule[] = [
  // The ministry's short names, current and old.
  { from: ['kemlu', 'kemenlu', 'deplu', 'kemlu ri', 'kemenlu ri'], to: 'kementerian luar negeri' },
  { from: ['menlu'], to: 'menteri luar negeri' },
  // The UN is the organisation students know by name; the profiles say "organisasi internasional".
  { from: ['pbb', 'perserikatan bangsa-bangsa', 'perserikatan bangsa bangsa'], to: 'organisasi internasional' },
  { from: ['hi'], to: 'hubungan internasional' },
  { from: ['lsm'], to: 'ngo' },
  { from: ['ngo'], to: 'lsm' },
  { from: ['kerja sama'], to: 'kerjasama' },
  { from: ['kerjasama'], to: 'kerja sama' },
  { from: ['parpol'], to: 'partai politik' },
  { from: ['dpr'], to: 'parlemen' },
  // The profiles write "lobbi".
  { from: ['lobi', 'lobby', 'lobbying', 'pelobi', 'melobi'], to: 'lobbi' },
  { from: ['rapat'], to: 'pertemuan' },
  { from: ['budget'], to: 'anggaran' },
  { from: ['project manager', 'manajer proyek', 'manager proyek'], to: 'pengelola proyek' },
  { from: ['projek', 'project'], to: 'proyek' },
  { from: ['manajer', 'manager'], to: 'pengelola' },
  // Job words the profiles never use, only the activity: negosiasi, perundingan.
  { from: ['negosiator', 'juru runding'], to: 'negosiasi' },
  { from: ['perunding'], to: 'perundingan' },
  // A common misspelling.
  { from: ['negri'], to: 'negeri' },
];

/** Lower case, single spaces, no leading or trailing space: the form rules match against. */
export function normalizeQuery(query: string): string {
  return query.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns the queries to run for what a person typed: the query itself, then the query with every
 * known phrase rewritten, when that differs.
 * `"Kemlu"` → `["kemlu", "kementerian luar negeri"]`; `"anggaran"` → `["anggaran"]`.
 */
export function expandQuery(query: string, rules: readonly SynonymRule[] = SYNONYMS): string[] {
  const original = normalizeQuery(query);
  if (!original) return [];
  const phrases = rules.flatMap((rule) => rule.from.map((from) => [normalizeQuery(from), rule.to] as const)).sort(([a], [b]) => b.length - a.length);
  // One pass over the query, longest phrase first, so a rewrite is never rewritten again.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.map(([from]) => escape(from)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const targets = new Map(phrases);
  const rewritten = original.replace(pattern, (match) => targets.get(match) ?? match);
  return rewritten === original ? [original] : [original, rewritten];
}
