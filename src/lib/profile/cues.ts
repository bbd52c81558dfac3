/**
 * The genre's grammar, as data: the phrases by which a profile's writer signals which part of the
 * profile a line or sentence belongs to. Patterns are matched against lower-cased text with
 * collapsed whitespace. Adding a variant people use is adding a pattern here, never code elsewhere.
 */
import type { SectionKey } from './sections';

/** A cue: when `pattern` matches, the text belongs to `section`. */
export interface Cue {
  section: SectionKey;
  pattern: RegExp;
}

/**
 * Whole lines that are headings of a part ("Jurusan Kuliah yang Mendukung", "Apa saya cocok bekerja
 * sebagai …?"). Only short lines standing alone are tested, so prose never matches by accident.
 */
export const HEADING_CUES: readonly Cue[] = [
  { section: 'overview', pattern: /^(profil profesi|gambaran( pekerjaan| umum)?|deskripsi( pekerjaan| profesi)?|tentang (profesi|pekerjaan)( ini)?|apa itu .+)$/ },
  { section: 'tasks', pattern: /^(tugas( utama| pokok| sehari-hari)?( dan tanggung jawab)?|tanggung jawab( utama)?|apa (saja )?yang dikerjakan.*)$/ },
  { section: 'unfit', pattern: /^(siapa (saja )?yang (kurang|tidak) cocok.*|(kurang|tidak) cocok (untuk|jika|bagi).*|apa(kah)? (saya|kamu|aku) (kurang|tidak) cocok.*)$/ },
  { section: 'fit', pattern: /^(apa(kah)? (saya|kamu|aku) cocok.*|siapa (saja )?yang cocok.*|profil (orang |yang )?(yang )?cocok.*|cocok untuk siapa.*)$/ },
  { section: 'expectations', pattern: /^(konsep, ekspektasi.*|ekspektasi.*|miskonsepsi.*|mitos.*|realita.*)$/ },
  { section: 'differences', pattern: /^(perbedaan.*|bedanya.*|beda dengan.*|profesi (yang )?(mirip|serupa).*)$/ },
  { section: 'majors', pattern: /^(jurusan.*|program studi.*|latar belakang pendidikan.*)$/ },
  { section: 'employers', pattern: /^(contoh (perusahaan|institusi|instansi|lembaga|tempat kerja).*|tempat kerja.*|(perusahaan|institusi|instansi|lembaga).* yang membutuhkan.*)$/ },
];

/**
 * Connectives a sentence may open with before its cue ("Namun, realitanya …"); they are skipped
 * when testing sentence-start cues.
 */
export const LEADING_CONNECTIVE =
  /^(selain itu|namun|tetapi|akan tetapi|di sisi lain|sebaliknya|oleh karena itu|dengan demikian|meskipun demikian|selanjutnya|kemudian|lalu|dan|jadi)\s*,?\s+/;

/**
 * Cues tested at the start of a sentence, in priority order (the first match wins). A sentence that
 * matches no cue continues the part before it.
 */
export const SENTENCE_START_CUES: readonly Cue[] = [
  // "Selain itu, pekerjaan ini juga melibatkan …" adds further duties.
  { section: 'tasks', pattern: /^selain itu,? (pekerjaan|profesi|tugas) ini (juga )?(melibatkan|meliputi|mencakup)\b/ },
  { section: 'unfit', pattern: /^(jika|kalau|apabila|bila) (kamu|anda|kau) (tidak|kurang|bukan)\b/ },
  { section: 'unfit', pattern: /^(orang|seseorang|mereka) yang (tidak|kurang) cocok\b/ },
  { section: 'unfit', pattern: /^(kurang|tidak) cocok\b/ },
  { section: 'expectations', pattern: /^(miskonsepsi|mitos|ekspektasi|realita|realitanya|kenyataan|kenyataannya|padahal|faktanya|pada kenyataannya|dalam kenyataannya)\b/ },
  { section: 'expectations', pattern: /^banyak orang (mengira|menganggap|berpikir|membayangkan)\b/ },
  { section: 'differences', pattern: /^(perbedaan|perbedaannya|bedanya|beda)\b/ },
  { section: 'differences', pattern: /^dibandingkan dengan\b/ },
  { section: 'fit', pattern: /^profil (orang|seseorang|pribadi)\b/ },
  { section: 'fit', pattern: /^cocok untuk (kamu|anda|orang|mereka)\b/ },
  { section: 'tasks', pattern: /^(tugas|tanggung jawab)( utama| pokok| sehari-hari)?(nya)?\b[^.]*?\b(meliputi|mencakup|antara lain|termasuk|yaitu|ialah|adalah|di antaranya)\b/ },
  { section: 'tasks', pattern: /^(tugas|tanggung jawab) (utama|pokok|sehari-hari)\b/ },
  { section: 'overview', pattern: /^(pekerjaan|profesi|karier|karir) (di bidang|sebagai|seorang)\b/ },
  // A text that starts mid-sentence: "bertanggung jawab dalam …".
  { section: 'overview', pattern: /^bertanggung jawab\b/ },
  { section: 'majors', pattern: /^(jurusan|program studi)( kuliah)?( yang)? (mendukung|relevan|sesuai|cocok)\b/ },
  { section: 'employers', pattern: /^(contoh )?(perusahaan|institusi|instansi|lembaga)( atau (perusahaan|institusi|instansi|lembaga))? yang (membutuhkan|merekrut|mempekerjakan)\b/ },
];

/** Cues tested anywhere in a sentence when no start cue matched, in priority order. */
export const SENTENCE_ANYWHERE_CUES: readonly Cue[] = [
  { section: 'unfit', pattern: /\b(tidak|kurang) cocok\b/ },
  { section: 'fit', pattern: /\b(yang cocok|akan cocok|cocok (untuk|bagi|menjadi|sebagai|bekerja))\b/ },
  { section: 'differences', pattern: /\b(berbeda dengan|bedanya dengan|perbedaan(nya)? (dengan|antara)|profesi (yang )?(mirip|serupa))\b/ },
  { section: 'expectations', pattern: /\b(miskonsepsi|ekspektasi|realitanya)\b/ },
];

/** Abbreviations that end in a full stop without ending the sentence ("dll.", "Dr."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dll', 'dsb', 'dst', 'dkk', 'mis', 'misal', 'spt', 'yth', 'no', 'hlm', 'dr', 'drs', 'dra', 'ir',
  'prof', 'jl', 'kab', 'kec', 'tn', 'ny', 'sdr', 'bpk', 'st', 'sh', 'se', 'mm', 'ma', 'ba', 'phd',
  'tbk', 'pt', 'cv', 'vs', 'etc', 'e.g', 'i.e', 'a.n', 'u.p', 's.h', 's.e', 's.sos', 's.ip', 's.i.p',
]);

/**
 * Phrases that name the profession inside prose, strongest first; group 1 is the name. Used when a
 * text has no title line ("Profil orang yang cocok untuk tipe pekerjaan X adalah …").
 */
export const TITLE_CUES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'tipe pekerjaan … adalah', pattern: /\buntuk tipe pekerjaan (?:sebagai )?(.+?) adalah\b/i },
  { name: 'cocok untuk pekerjaan sebagai … adalah', pattern: /\bcocok untuk (?:pekerjaan|profesi) (?:sebagai )?(.+?) adalah\b/i },
  { name: 'pekerjaan sebagai … melibatkan', pattern: /^(?:pekerjaan|profesi|karier|karir) sebagai (.+?) (?:melibatkan|adalah|merupakan|meliputi|mencakup|bertanggung jawab)\b/i },
  { name: 'bekerja sebagai …', pattern: /\bbekerja sebagai (.+?)(?:\?|,|\.|$| adalah\b)/i },
  { name: 'seorang … yang cocok', pattern: /^(?:seorang|menjadi) (.+?) yang (?:cocok|ideal)\b/i },
  { name: 'miskonsepsi tentang …', pattern: /^(?:miskonsepsi|mitos) tentang (?:profesi |pekerjaan )?(?:sebagai )?(.+?) (?:adalah|ialah)\b/i },
  { name: 'profesi … berbeda dengan', pattern: /^profesi (.+?) berbeda dengan\b/i },
  { name: 'cocok dengan pekerjaan …', pattern: /\bcocok dengan (?:pekerjaan|profesi) (?:sebagai )?(.+?)\.?$/i },
  { name: 'pekerjaan di bidang … melibatkan', pattern: /^pekerjaan di bidang (.+?) (?:melibatkan|adalah|merupakan)\b/i },
];

/** Words that can follow a title cue but do not name a profession ("pekerjaan ini"). */
export const NOT_A_NAME = /^(ini|itu|tersebut|tadi|mereka|kamu|anda)\b/i;

/** Words kept lower case inside an Indonesian title ("Pejabat Pemerintah di Kementerian …"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'di', 'ke', 'dari', 'dan', 'atau', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'serta', 'bagi',
  'oleh', 'sebagai', 'tentang', 'per', 'antar',
]);
