/**
 * The one stop-word list: words that say nothing about a profession on their own. Kept by kind,
 * because each use skips the kinds that carry no meaning for it: a title keeps "Kepala" and "Staf"
 * capitalised, and a search for "staf PBB" must still look for "staf".
 */

/** Prepositions and conjunctions: "Pejabat Pemerintah di Kementerian …", "Kepala atau Anggota …". */
const CONNECTIVES = [
  'di',
  'ke',
  'dari',
  'dan',
  'atau',
  'yang',
  'untuk',
  'dengan',
  'pada',
  'dalam',
  'serta',
  'bagi',
  'oleh',
  'sebagai',
  'tentang',
  'per',
  'antar',
];

/** The same in English titles and queries. */
const ENGLISH_CONNECTIVES = ['the', 'of', 'and'];

/** Words around the subject of a question: "apa itu diplomat", "cara menjadi diplomat". */
const QUESTION_WORDS = ['ini', 'itu', 'apa', 'jadi', 'menjadi', 'cara'];

/** Words for work itself: "kerja di PBB", "profesi diplomat". */
const WORK_WORDS = ['kerja', 'pekerjaan', 'profesi'];

/**
 * Ranks and kinds of worker in a title: "Kepala atau Anggota Staf Unit …", "Petugas Protokol". Not
 * a subject two titles can share, but a word people type to find a title.
 */
const RANK_WORDS = ['staf', 'anggota', 'kepala', 'unit', 'bidang', 'pekerja', 'petugas'];

/** Words never searched alone nor required in a title a search promotes: every kind but ranks. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...CONNECTIVES, ...ENGLISH_CONNECTIVES, ...QUESTION_WORDS, ...WORK_WORDS]);

/** Words that are never a subject two titles share (relatedness): the stop words and the ranks. */
export const NOT_SUBJECT_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...RANK_WORDS]);

/** Words kept lower case inside an Indonesian title ("Pejabat Pemerintah di Kementerian …"): the connectives. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(CONNECTIVES);
