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
  { section: 'overview', pattern: /^(profil (profesi|pekerjaan)|gambaran( pekerjaan| umum| singkat| profesi)?|deskripsi.*|tentang (profesi|pekerjaan).*|apa itu .+|apa yang dimaksud .+|seperti apa (pekerjaan|profesi|tugas).*|pengertian.*|definisi.*|ringkasan.*|pendahuluan)$/ },
  { section: 'tasks', pattern: /^(tugas( utama| pokok| sehari-hari)?( dan tanggung jawab)?.*|tanggung jawab.*|apa (saja )?yang dikerjakan.*|apa (saja )?tugas.*|aktivitas (utama|sehari-hari).*|(pekerjaan|kegiatan) sehari-hari.*|deskripsi tugas.*|ngapain( aja| saja)?.*|(kerjanya|sehari-harinya) ngapain.*)$/ },
  { section: 'unfit', pattern: /^(siapa (saja )?yang (kurang|tidak) (cocok|pas|sesuai).*|(kurang|tidak) (cocok|pas|sesuai) (untuk|jika|bagi|kalau).*|apa(kah)? (saya|kamu|aku) (kurang|tidak) cocok.*|bukan untuk.*|siapa (saja )?yang (sebaiknya|perlu|harus) (berpikir ulang|mempertimbangkan( ulang)?|menghindari).*|(siapa (saja )?yang )?(gak|nggak|enggak|ga) (cocok|pas).*)$/ },
  { section: 'fit', pattern: /^(apa(kah)? (saya|kamu|aku) cocok.*|siapa (saja )?yang cocok.*|profil (orang |yang )?(yang )?cocok.*|cocok (untuk|buat|bagi) siapa.*|(kualifikasi|keterampilan|kemampuan|keahlian|karakter|sifat)( dan [a-z]+)?( yang)? (dibutuhkan|diperlukan|dicari|cocok).*|kualifikasi)$/ },
  { section: 'expectations', pattern: /^(konsep, ekspektasi.*|ekspektasi.*|miskonsepsi.*|mitos.*|realita.*|fakta dan mitos.*|fakta vs mitos.*|salah kaprah.*|salah paham.*|(yang )?(sering )?disalahpahami.*|anggapan (yang )?keliru.*|benarkah .+)$/ },
  { section: 'differences', pattern: /^(perbedaan.*|bedanya.*|beda dengan.*|apa bedanya.*|profesi (yang )?(mirip|serupa).*|dibandingkan dengan.*)$/ },
  { section: 'majors', pattern: /^(jurusan.*|program studi.*|latar belakang pendidikan.*|pendidikan (yang )?(dibutuhkan|diperlukan|mendukung|relevan).*)$/ },
  { section: 'employers', pattern: /^(contoh (perusahaan|institusi|instansi|lembaga|tempat kerja|organisasi).*|tempat (kerja|bekerja).*|(perusahaan|institusi|instansi|lembaga|organisasi).* yang (membutuhkan|merekrut).*|di mana (bisa |dapat )?bekerja.*|(bisa|dapat) bekerja di mana.*)$/ },
  // Topics the profile has no part for: recognised so they are kept together under "Lainnya".
  { section: 'other', pattern: /^(jenjang (karier|karir).*|prospek (karier|karir|kerja).*|gaji.*|penghasilan.*|pendapatan.*|kisaran gaji.*|peluang (karier|karir|kerja).*)$/ },
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
  { section: 'unfit', pattern: /^(jika|kalau|apabila|bila) (kamu|anda) (mudah (bosan|panik|menyerah|stres)|cenderung|lebih suka bekerja sendiri|benci|malas|takut|enggan|ingin (bekerja dengan ritme cepat|hasil))\b/ },
  { section: 'unfit', pattern: /^(seorang|orang|seseorang|individu|kamu|anda|mereka|profesi ini|pekerjaan ini)\b[^.]*?\b(tidak|kurang) cocok\b/ },
  { section: 'expectations', pattern: /^(miskonsepsi|mitos|ekspektasi|realita|realitanya|kenyataan|kenyataannya|padahal|fakta|faktanya|nyatanya|pada kenyataannya|dalam kenyataannya|salah kaprah)\b/ },
  { section: 'expectations', pattern: /^(banyak|sebagian|kebanyakan) (orang|yang) (mengira|menganggap|berpikir|membayangkan|beranggapan|percaya|mengharapkan)\b/ },
  { section: 'expectations', pattern: /^orang (sering|kerap|biasanya) (mengira|menganggap|berpikir|membayangkan|beranggapan)\b/ },
  { section: 'expectations', pattern: /^(anggapan|bayangan|persepsi|pandangan|harapan) (umum|orang|banyak orang|masyarakat)\b/ },
  { section: 'expectations', pattern: /^(sering|kerap) (dianggap|disangka|dikira|dibayangkan)\b/ },
  { section: 'differences', pattern: /^(perbedaan|perbedaannya|bedanya|beda|apa bedanya)\b/ },
  { section: 'differences', pattern: /^((jika|kalau|bila) )?dibandingkan (dengan)?\b/ },
  { section: 'fit', pattern: /^profil (orang|seseorang|pribadi)\b/ },
  { section: 'fit', pattern: /^cocok (untuk|bagi)\b/ },
  { section: 'fit', pattern: /^(seorang|orang|seseorang|individu|kamu|anda|mereka)\b[^.]*?\b(yang cocok|akan cocok|cocok (untuk|bagi|menjadi|sebagai|bekerja|dengan|jika|kalau|apabila))\b/ },
  { section: 'fit', pattern: /^(profesi|pekerjaan|posisi) ini (sangat |lebih |paling )?cocok\b/ },
  { section: 'fit', pattern: /^(kualifikasi|keterampilan|kemampuan|keahlian) (utama )?yang (dibutuhkan|diperlukan)\b/ },
  { section: 'tasks', pattern: /^(tugas|tanggung jawab)( utama| pokok| sehari-hari)?(nya)?\b[^.]*?\b(meliputi|mencakup|antara lain|termasuk|yaitu|ialah|adalah|di antaranya)\b/ },
  { section: 'tasks', pattern: /^(tugas|tanggung jawab) (utama|pokok|sehari-hari)\b/ },
  { section: 'tasks', pattern: /^(tugas-tugas(nya)?|sehari-hari|dalam (keseharian|kesehariannya|pekerjaan sehari-hari|praktiknya))\b/ },
  { section: 'tasks', pattern: /^(aktivitas|kegiatan) (utama|sehari-hari)(nya)?\b/ },
  { section: 'overview', pattern: /^(pekerjaan|profesi|karier|karir) (di bidang|sebagai|seorang)\b/ },
  // A text that starts mid-sentence: "bertanggung jawab dalam …".
  { section: 'overview', pattern: /^bertanggung jawab\b/ },
  { section: 'majors', pattern: /^(jurusan|program studi|latar belakang pendidikan|pendidikan)\b[^.]*?\b(mendukung|relevan|sesuai|cocok|dibutuhkan|diperlukan|menunjang)\b/ },
  { section: 'employers', pattern: /^(contoh )?(perusahaan|institusi|instansi|lembaga|organisasi|tempat kerja)( atau (perusahaan|institusi|instansi|lembaga|organisasi))? yang (membutuhkan|merekrut|mempekerjakan)\b/ },
  { section: 'employers', pattern: /^(kamu|anda|lulusan(nya)?|mereka) (bisa|dapat) bekerja (di|pada)\b/ },
  { section: 'employers', pattern: /^tempat (kerja|bekerja)(nya)?\b/ },
  // Salary and career path have no part of their own: they are kept together under "Lainnya".
  { section: 'other', pattern: /^((soal|mengenai|tentang|untuk urusan|dari segi) )?(penghasilan|gaji|pendapatan|tarif|jenjang (karier|karir)|prospek (karier|karir))\b/ },
];

/** Cues tested anywhere in a sentence when no start cue matched, in priority order. */
export const SENTENCE_ANYWHERE_CUES: readonly Cue[] = [
  { section: 'unfit', pattern: /\b((tidak|kurang) (cocok|pas)|bukan untuk(mu| kamu| anda)|bukan (pilihan|profesi|pekerjaan) yang (tepat|cocok|pas))\b/ },
  { section: 'fit', pattern: /\b(yang cocok|akan cocok|cocok (untuk|bagi|menjadi|sebagai|bekerja))\b/ },
  { section: 'differences', pattern: /\b(berbeda dengan|bedanya dengan|perbedaan(nya)? (dengan|antara)|disamakan dengan|dibandingkan dengan|profesi (yang )?(mirip|serupa))\b/ },
  { section: 'expectations', pattern: /\b(miskonsepsi|ekspektasi|realitanya)\b/ },
  { section: 'employers', pattern: /\b((bisa|dapat) (bekerja|berkarier|berkarir) (di|pada|secara lepas)|dipekerjakan oleh)\b/ },
];

/**
 * Where, inside the expectation-vs-reality part, a reality begins: a sentence opening with one of
 * these answers the expectation before it ("Realita: …", "Namun, realitanya …").
 */
export const REALITY_START =
  /^(realita|realitanya|kenyataan|kenyataannya|pada kenyataannya|dalam kenyataannya|fakta|faktanya|nyatanya|padahal|sebenarnya|(namun|tetapi|akan tetapi),? (realitanya|kenyataannya|faktanya|sebenarnya|nyatanya|pada kenyataannya|dalam kenyataannya))\b/i;

/** Where a reality begins inside one sentence: "…, padahal realitanya …"; group 1 ends the expectation. */
export const REALITY_INSIDE =
  /^(.+?[,;])\s+((?:padahal|(?:namun|tetapi|sementara|sedangkan),?\s+(?:realitanya|kenyataannya|faktanya|sebenarnya|nyatanya|pada kenyataannya|dalam kenyataannya))\b.*)$/i;

/** Where an expectation begins: a sentence opening so starts a new expectation-reality pair. */
export const EXPECTATION_START =
  /^(miskonsepsi|mitos|ekspektasi|salah kaprah|banyak (orang|yang)|sebagian (orang|yang)|orang (sering|kerap|biasanya)|anggapan|bayangan|persepsi|sering (dianggap|disangka|dikira)|kerap (dianggap|disangka|dikira))\b/i;

/**
 * Phrases naming the professions a text compares itself with; group 1 is the name (or names joined
 * by "atau"/"dan"/commas). "… berbeda dengan diplomat negara asing, karena …" → "diplomat negara asing".
 */
export const SIMILAR_CUES: readonly RegExp[] = [
  /\b(?:berbeda|perbedaan|bedanya|beda) dengan (?:profesi |pekerjaan )?(?!profesi(?:on)? (?:yang )?(?:mirip|serupa|lain))(.+?)(?=[,.;:]| karena| yang| dalam| adalah| terletak| ialah| dari segi| dari sisi| sebab| meskipun| walaupun| dan bukan|$)/i,
  /\bprofesi (?:yang )?(?:mirip|serupa)(?:nya)?,? (?:seperti|yaitu|yakni) (.+?)(?=[,.;:]| karena| terletak|$)/i,
  /\b(?:dibandingkan|disamakan) dengan (?:profesi |pekerjaan )?(.+?)(?=[,.;:]| karena| yang| dalam| adalah|$)/i,
];

/** What introduces an inline list of majors or employers: "…: A, B, dan C." / "antara lain A, B …". */
export const INLINE_LIST_LEAD = /(?::|\b(?:antara lain|meliputi|seperti|di antaranya|yaitu|yakni|termasuk|bekerja (?:di|pada)))\s+(.+)$/i;

/** A label before a title line that is not part of the title ("Profesi: Analis Intelijen", "Judul — …"). */
export const TITLE_LABEL = /^(?:profesi|nama profesi|judul|pekerjaan|jabatan|posisi)\s*(?::|\s[-–—])\s*/i;

/** Abbreviations that end in a full stop without ending the sentence ("dll.", "Dr."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dll', 'dsb', 'dst', 'dkk', 'mis', 'misal', 'spt', 'yth', 'no', 'hlm', 'dr', 'drs', 'dra', 'ir',
  'prof', 'jl', 'kab', 'kec', 'tn', 'ny', 'sdr', 'bpk', 'st', 'sh', 'se', 'mm', 'ma', 'ba', 'phd',
  'tbk', 'pt', 'cv', 'vs', 'etc', 'e.g', 'i.e', 'a.n', 'u.p', 's.h', 's.e', 's.sos', 's.ip', 's.i.p',
]);

/**
 * Words that open what a sentence says about its subject, so they end a profession's name standing
 * before them: "Seorang auditor pemerintah | bertugas …", "Profesi petugas protokol | menuntut …".
 */
export const NAME_ENDS: readonly string[] = [
  'adalah', 'merupakan', 'ialah', 'berarti', 'bukan', 'bukanlah', 'yaitu', 'yakni',
  'bertugas', 'bertanggung jawab', 'berperan', 'bekerja', 'berurusan', 'berhadapan',
  'menuntut', 'membutuhkan', 'memerlukan', 'melibatkan', 'meliputi', 'mencakup', 'menangani',
  'mengurus', 'memastikan', 'membantu', 'menyusun', 'memeriksa', 'mengelola', 'memegang', 'memimpin',
  'mewakili', 'menilai', 'menjadi', 'memiliki', 'punya', 'sering', 'kerap', 'biasanya', 'umumnya',
  'harus', 'perlu', 'wajib', 'dituntut', 'diharapkan', 'tidak', 'juga', 'akan', 'bisa', 'dapat',
  'sangat', 'lebih', 'pada dasarnya', 'sehari-hari', 'berbeda', 'yang cocok', 'yang ideal',
];

/** Copulas of a definition: "Notaris ialah pejabat umum …". */
export const DEFINITION_VERBS: readonly string[] = ['adalah', 'merupakan', 'ialah'];

/** Who a sentence opening "Sebagai X, …" goes on to address. */
export const ADDRESSEES: readonly string[] = ['kamu', 'anda', 'kau', 'seseorang', 'mereka', 'ia', 'dia', 'kita', 'engkau'];

/** A title cue: a profession's name between the phrases `before` and `after`. */
export interface TitleCue {
  /** How the cue is reported (`titleFrom` in the frontmatter, the ingest report). */
  name: string;
  /** Phrases right before the name; `''` lets the name open the sentence. */
  before?: readonly string[];
  /** Phrases right after the name (an English gloss in brackets may come between). */
  after?: readonly string[];
  /** `start`: the phrase opens the sentence; `anywhere`: it may stand anywhere in it. */
  at: 'start' | 'anywhere';
  /** Tried on the text's first sentence only: how the genre opens by naming its subject. */
  firstSentence?: boolean;
  /** Tried only on sentences of the overview. */
  overviewOnly?: boolean;
  /** The name must begin with a capital letter (it opens the sentence with no cue word before it). */
  capitalised?: boolean;
  /** At most this many words in the name (default MAX_NAME_WORDS of title.ts). */
  maxWords?: number;
  /** A pattern for the rare cue that phrases cannot say (instead of `before`/`after`); group 1 is the name. */
  pattern?: RegExp;
}

/**
 * Phrases that name the profession inside prose, strongest first. Used when a text has no title
 * line: every sentence is tried with the first cue, then with the second, and so on. Words the
 * writer may put between the phrase and the name ("sebagai", "seorang") are allowed everywhere.
 */
export const TITLE_CUES: readonly TitleCue[] = [
  // "Profil orang yang cocok untuk tipe pekerjaan X adalah …" (the seed texts' own phrase).
  { name: 'tipe pekerjaan … adalah', before: ['untuk tipe pekerjaan'], after: ['adalah'], at: 'anywhere' },
  { name: 'cocok untuk pekerjaan sebagai … adalah', before: ['cocok untuk pekerjaan', 'cocok untuk profesi'], after: ['adalah'], at: 'anywhere' },
  { name: 'pekerjaan sebagai … melibatkan', before: ['pekerjaan sebagai', 'profesi sebagai', 'karier sebagai', 'karir sebagai'], after: ['melibatkan', 'adalah', 'merupakan', 'meliputi', 'mencakup', 'bertanggung jawab'], at: 'start' },
  { name: 'seorang … yang cocok', before: ['seorang', 'menjadi'], after: ['yang cocok', 'yang ideal'], at: 'start' },
  // How a text opens by naming its subject: "Seorang auditor pemerintah bertugas …", "Menjadi
  // manajer program berarti …", "Profesi petugas protokol menuntut …", "Sebagai penulis pidato, kamu …".
  { name: 'seorang … bertugas', before: ['seorang'], after: NAME_ENDS, at: 'start', firstSentence: true, maxWords: 6 },
  { name: 'menjadi … berarti', before: ['menjadi'], after: NAME_ENDS, at: 'start', firstSentence: true, maxWords: 6 },
  { name: 'profesi … menuntut', before: ['profesi'], after: NAME_ENDS, at: 'start', firstSentence: true, maxWords: 6 },
  { name: 'sebagai …, kamu', before: ['sebagai'], after: ADDRESSEES.map((who) => `, ${who}`), at: 'start' },
  { name: 'bekerja sebagai …', at: 'anywhere', pattern: /\bbekerja sebagai (?:seorang )?(.+?)(?:\?|,|\.|$| adalah\b)/i },
  // The subject of a definition that opens the text: "Analis risiko politik (political risk analyst) adalah …".
  { name: '… adalah … (first sentence)', before: [''], after: DEFINITION_VERBS, at: 'start', firstSentence: true, capitalised: true, maxWords: 6 },
  { name: 'cocok menjadi …', at: 'anywhere', pattern: /\bcocok (?:menjadi|sebagai) (?:seorang )?(.+?)(?:[.,;?]|$| jika\b| kalau\b| apabila\b)/i },
  { name: 'miskonsepsi tentang …', before: ['miskonsepsi tentang', 'mitos tentang', 'miskonsepsi tentang profesi', 'mitos tentang profesi', 'miskonsepsi tentang pekerjaan', 'mitos tentang pekerjaan'], after: ['adalah', 'ialah'], at: 'start' },
  { name: 'ekspektasi terhadap …', at: 'start', pattern: /^(?:ekspektasi|anggapan) (?:orang |umum |banyak orang )?terhadap (?:profesi |pekerjaan )?(?:sebagai )?(?:seorang )?(.+?) (?:adalah|seringkali|sering|biasanya|ialah)\b/i },
  { name: 'profesi … berbeda dengan', before: ['profesi'], after: ['berbeda dengan'], at: 'start' },
  { name: 'cocok dengan pekerjaan …', at: 'anywhere', pattern: /\bcocok dengan (?:pekerjaan|profesi) (?:sebagai )?(?:seorang )?(.+?)\.?$/i },
  { name: 'tugas seorang … meliputi', before: ['tugas', 'tugas utama'], after: ['meliputi', 'mencakup', 'antara lain'], at: 'anywhere' },
  { name: 'tanggung jawab utama seorang … adalah', at: 'start', pattern: /^tanggung jawab (?:utama )?(?:seorang |sebagai )(.+?) (?:adalah|meliputi|mencakup)\b/i },
  { name: 'pekerjaan di bidang … melibatkan', before: ['pekerjaan di bidang'], after: ['melibatkan', 'adalah', 'merupakan'], at: 'start' },
  { name: '… adalah profesi', before: ['', 'seorang'], after: ['adalah', 'merupakan'].flatMap((verb) => ['profesi', 'pekerjaan', 'posisi', 'jabatan', 'pegawai', 'ahli', 'profesional'].flatMap((role) => [`${verb} ${role}`, `${verb} seorang ${role}`, `${verb} sebuah ${role}`, `${verb} salah satu ${role}`])), at: 'start' },
  // Weakest: the subject of any defining sentence of the overview ("Penerjemah tersumpah adalah penerjemah yang …").
  { name: '… adalah …', before: [''], after: DEFINITION_VERBS, at: 'start', overviewOnly: true, capitalised: true, maxWords: 8 },
];

/** Words that can follow a title cue but do not name a profession ("pekerjaan ini"). */
export const NOT_A_NAME =
  /^(ini|itu|tersebut|tadi|mereka|kamu|anda|utama|pokok|sehari-hari|nya|(pekerjaan|profesi|posisi|tugas|bidang) ini|tugas|tugasnya|tanggung jawab|profil|miskonsepsi|mitos|ekspektasi|realita|perbedaan|bedanya|jika|kalau|orang|seseorang|banyak|sebagian|hal|salah satu|yang|dia|ia|di bidang|bagian dari|bagian|satu-satunya|sebuah|suatu)\b|^\S*nya\b|\b(ini|itu|tersebut|yang)$/i;

/**
 * What comes before the traits in a fit or unfit sentence and is not one of them: "Profil orang
 * yang cocok … adalah seseorang yang", "mereka juga harus", "Jika kamu". Tried in order; the first
 * that matches is cut.
 */
export const TRAIT_LEAD: readonly RegExp[] = [
  /^.*?\b(adalah|ialah|yaitu|yakni) (seseorang|orang|mereka|individu|pribadi|sosok)( yang)?\s+/i,
  /^.*?\b(membutuhkan|memerlukan|mencari) (seseorang|orang|individu|pribadi|sosok)( yang)?\s+/i,
  /^.*?\bcocok (untuk|bagi) (kamu|anda|orang|mereka|seseorang)( yang)?\s+/i,
  /^.*?\bcocok (jika|kalau|apabila|bila) (kamu|anda)\s+/i,
  /^(jika|kalau|apabila|bila) (kamu|anda)\s+/i,
  /^.*?\b(juga )?(harus|perlu|wajib|sebaiknya|hendaknya|dituntut untuk|diharapkan)\s+/i,
  /^(seorang|seseorang|orang|individu)( yang)?\s+/i,
];

/** What follows the traits and is not one of them: "…, kemungkinan kamu tidak cocok …", "… akan cocok menjadi …". */
export const TRAIT_TAIL: readonly RegExp[] = [
  /,?\s*(kemungkinan|maka|mungkin|besar kemungkinan)\b.*$/i,
  /\s+(akan|pasti|tentu|sangat) cocok\b.*$/i,
  /,?\s*(pekerjaan|profesi) ini (mungkin )?(kurang|tidak|bukan)\b.*$/i,
];

/** Words that open a new trait after a comma or "dan"/"serta"; otherwise the clause continues the last trait. */
export const TRAIT_START =
  /^(memiliki|mempunyai|punya|mampu|dapat|bisa|tidak|kurang|sulit|senang|suka|gemar|tertarik|berani|teliti|keberatan|terbiasa|siap|menguasai|memahami|mengerti|bersedia|tahan|mudah|ingin|berminat|pandai|terampil|cakap|enggan|benci|malas|takut)\b/i;
