/**
 * The genre's grammar, as data: the phrases by which a profile's writer signals which part of the
 * profile a line or sentence belongs to. Adding a variant people use is adding a phrase here, never
 * code elsewhere. Phrases are written in the small notation of phrases.ts (`a/b` one of these words,
 * `[x]` may be left out, `…` any text, `*` any one word) and matched against lower-cased text with
 * single spaces; docs/ingest.md ("Adding a cue phrase") says how to add one and which tests to run.
 */
import type { SectionKey } from './sections';

/**
 * Phrases by section, in priority order: the first section with a matching phrase wins. Within a
 * section the order does not matter.
 */
export type CueTable = Partial<Record<SectionKey, readonly string[]>>;

/**
 * Whole lines that are headings of a part ("Jurusan Kuliah yang Mendukung", "Apa saya cocok bekerja
 * sebagai …?"), tested without a final "?" or ":". Only short lines standing alone are tested, so
 * prose never matches by accident. `…` lets the line go on: `jurusan…` is any heading that starts
 * with "jurusan".
 */
export const HEADING_CUES: CueTable = {
  overview: [
    'profil profesi/pekerjaan',
    'gambaran [pekerjaan/umum/singkat/profesi]',
    'deskripsi…',
    'tentang profesi/pekerjaan…',
    'apa itu …',
    'apa yang dimaksud …',
    'seperti apa pekerjaan/profesi/tugas…',
    'pengertian…',
    'definisi…',
    'ringkasan…',
    'pendahuluan',
  ],
  tasks: [
    // "Tugas utama", "Tugas pokok", "Tugas dan tanggung jawab", …
    'tugas…',
    'tanggung jawab…',
    'apa [saja] yang dikerjakan…',
    'apa [saja] tugas…',
    'aktivitas utama/sehari-hari…',
    'pekerjaan/kegiatan sehari-hari…',
    // Never reached: "deskripsi…" of the overview comes first.
    'deskripsi tugas…',
    'ngapain…',
    'kerjanya/sehari-harinya ngapain…',
  ],
  // Before `fit`, so that "Siapa yang kurang cocok" is not read as "Siapa yang … cocok".
  unfit: [
    'siapa [saja] yang kurang/tidak cocok/pas/sesuai…',
    'kurang/tidak cocok/pas/sesuai untuk/jika/bagi/kalau…',
    'apa[kah] saya/kamu/aku kurang/tidak cocok…',
    'bukan untuk…',
    'siapa [saja] yang sebaiknya/perlu/harus berpikir ulang…',
    'siapa [saja] yang sebaiknya/perlu/harus mempertimbangkan…',
    'siapa [saja] yang sebaiknya/perlu/harus menghindari…',
    'gak/nggak/enggak/ga cocok/pas…',
    'siapa [saja] yang gak/nggak/enggak/ga cocok/pas…',
  ],
  fit: [
    'apa[kah] saya/kamu/aku cocok…',
    'siapa [saja] yang cocok…',
    'profil [orang/yang] [yang] cocok…',
    'cocok untuk/buat/bagi siapa…',
    // "Keterampilan yang dibutuhkan", "Kualifikasi dan sikap yang dicari", …
    'kualifikasi/keterampilan/kemampuan/keahlian/karakter/sifat [dan *] [yang] dibutuhkan/diperlukan/dicari/cocok…',
    'kualifikasi',
  ],
  expectations: [
    'konsep, ekspektasi…',
    'ekspektasi…',
    'miskonsepsi…',
    'mitos…',
    'realita…',
    'fakta dan mitos…',
    'fakta vs mitos…',
    'salah kaprah…',
    'salah paham…',
    '[yang] [sering] disalahpahami…',
    'anggapan [yang] keliru…',
    'benarkah …',
  ],
  differences: [
    'perbedaan…',
    'bedanya…',
    'beda dengan…',
    'apa bedanya…',
    'profesi [yang] mirip/serupa…',
    'dibandingkan dengan…',
  ],
  majors: [
    'jurusan…',
    'program studi…',
    'latar belakang pendidikan…',
    'pendidikan [yang] dibutuhkan/diperlukan/mendukung/relevan…',
  ],
  employers: [
    'contoh perusahaan/institusi/instansi/lembaga/organisasi…',
    'contoh tempat kerja…',
    'tempat kerja/bekerja…',
    'perusahaan/institusi/instansi/lembaga/organisasi… yang membutuhkan/merekrut…',
    'di mana [bisa/dapat] bekerja…',
    'bisa/dapat bekerja di mana…',
  ],
  // Topics the profile has no part for: recognised so they are kept together under "Lainnya".
  other: [
    'jenjang karier/karir…',
    'prospek karier/karir/kerja…',
    'gaji…',
    'penghasilan…',
    'pendapatan…',
    'kisaran gaji…',
    'peluang karier/karir/kerja…',
  ],
};

/**
 * Connectives a sentence may open with before its cue ("Namun, realitanya …"); they are skipped
 * (with a comma after them) when testing sentence-start cues.
 */
export const LEADING_CONNECTIVES: readonly string[] = [
  'selain itu',
  'namun',
  'tetapi',
  'akan tetapi',
  'di sisi lain',
  'sebaliknya',
  'oleh karena itu',
  'dengan demikian',
  'meskipun demikian',
  'selanjutnya',
  'kemudian',
  'lalu',
  'dan',
  'jadi',
];

/**
 * Cues tested at the start of a sentence (after a leading connective, too). A sentence that matches
 * no cue continues the part before it. `…` between two words stands for any words of the sentence.
 */
export const SENTENCE_START_CUES: CueTable = {
  unfit: [
    'jika/kalau/apabila/bila kamu/anda/kau tidak/kurang/bukan',
    'orang/seseorang/mereka yang tidak/kurang cocok',
    'kurang/tidak cocok',
    'jika/kalau/apabila/bila kamu/anda mudah bosan/panik/menyerah/stres',
    'jika/kalau/apabila/bila kamu/anda cenderung/benci/malas/takut/enggan',
    'jika/kalau/apabila/bila kamu/anda lebih suka bekerja sendiri',
    'jika/kalau/apabila/bila kamu/anda ingin bekerja dengan ritme cepat',
    'jika/kalau/apabila/bila kamu/anda ingin hasil',
    'seorang/orang/seseorang/individu/kamu/anda/mereka … tidak/kurang cocok',
    'profesi/pekerjaan ini … tidak/kurang cocok',
  ],
  expectations: [
    'miskonsepsi/mitos/ekspektasi/realita/realitanya/kenyataan/kenyataannya/padahal/fakta/faktanya/nyatanya',
    'pada/dalam kenyataannya',
    'salah kaprah',
    'banyak/sebagian/kebanyakan orang/yang mengira/menganggap/berpikir/membayangkan/beranggapan/percaya/mengharapkan',
    'orang sering/kerap/biasanya mengira/menganggap/berpikir/membayangkan/beranggapan',
    'anggapan/bayangan/persepsi/pandangan/harapan umum/orang/masyarakat',
    'anggapan/bayangan/persepsi/pandangan/harapan banyak orang',
    'sering/kerap dianggap/disangka/dikira/dibayangkan',
  ],
  differences: [
    'perbedaan/perbedaannya/bedanya/beda',
    'apa bedanya',
    // "Dibandingkan dengan …", "Jika dibandingkan …": a word must follow.
    '[jika/kalau/bila] dibandingkan *',
  ],
  fit: [
    'profil orang/seseorang/pribadi',
    'cocok untuk/bagi',
    'seorang/orang/seseorang/individu/kamu/anda/mereka … yang/akan cocok',
    'seorang/orang/seseorang/individu/kamu/anda/mereka … cocok untuk/bagi/menjadi/sebagai/bekerja/dengan/jika/kalau/apabila',
    'profesi/pekerjaan/posisi ini [sangat/lebih/paling] cocok',
    'kualifikasi/keterampilan/kemampuan/keahlian [utama] yang dibutuhkan/diperlukan',
  ],
  tasks: [
    // "Selain itu, pekerjaan ini juga melibatkan …" adds further duties.
    'selain itu[,] pekerjaan/profesi/tugas ini [juga] melibatkan/meliputi/mencakup',
    'tugas [utama/pokok/sehari-hari][nya] … meliputi/mencakup/termasuk/yaitu/ialah/adalah',
    'tugas [utama/pokok/sehari-hari][nya] … antara lain',
    'tugas [utama/pokok/sehari-hari][nya] … di antaranya',
    'tanggung jawab [utama/pokok/sehari-hari][nya] … meliputi/mencakup/termasuk/yaitu/ialah/adalah',
    'tanggung jawab [utama/pokok/sehari-hari][nya] … antara lain',
    'tanggung jawab [utama/pokok/sehari-hari][nya] … di antaranya',
    'tugas utama/pokok/sehari-hari',
    'tanggung jawab utama/pokok/sehari-hari',
    'tugas-tugas[nya]',
    'sehari-hari',
    'dalam keseharian/kesehariannya/praktiknya',
    'dalam pekerjaan sehari-hari',
    'aktivitas/kegiatan utama/sehari-hari[nya]',
  ],
  overview: [
    'pekerjaan/profesi/karier/karir sebagai/seorang',
    'pekerjaan/profesi/karier/karir di bidang',
    // A text that starts mid-sentence: "bertanggung jawab dalam …".
    'bertanggung jawab',
  ],
  majors: [
    'jurusan … mendukung/relevan/sesuai/cocok/dibutuhkan/diperlukan/menunjang',
    'program studi … mendukung/relevan/sesuai/cocok/dibutuhkan/diperlukan/menunjang',
    'latar belakang pendidikan … mendukung/relevan/sesuai/cocok/dibutuhkan/diperlukan/menunjang',
    'pendidikan … mendukung/relevan/sesuai/cocok/dibutuhkan/diperlukan/menunjang',
  ],
  employers: [
    '[contoh] perusahaan/institusi/instansi/lembaga/organisasi [atau perusahaan/institusi/instansi/lembaga/organisasi] yang membutuhkan/merekrut/mempekerjakan',
    '[contoh] tempat kerja [atau perusahaan/institusi/instansi/lembaga/organisasi] yang membutuhkan/merekrut/mempekerjakan',
    'kamu/anda/lulusan/lulusannya/mereka bisa/dapat bekerja di/pada',
    'tempat kerja/bekerja[nya]',
  ],
  // Salary and career path have no part of their own: they are kept together under "Lainnya".
  other: [
    '[soal/mengenai/tentang] penghasilan/gaji/pendapatan/tarif',
    '[soal/mengenai/tentang] jenjang/prospek karier/karir',
    'untuk urusan penghasilan/gaji/pendapatan/tarif',
    'untuk urusan jenjang/prospek karier/karir',
    'dari segi penghasilan/gaji/pendapatan/tarif',
    'dari segi jenjang/prospek karier/karir',
  ],
};

/** Cues tested anywhere in a sentence when no start cue matched, in priority order. */
export const SENTENCE_ANYWHERE_CUES: CueTable = {
  unfit: [
    'tidak/kurang cocok/pas',
    'bukan untukmu',
    'bukan untuk kamu/anda',
    'bukan pilihan/profesi/pekerjaan yang tepat/cocok/pas',
  ],
  fit: [
    'yang/akan cocok',
    'cocok untuk/bagi/menjadi/sebagai/bekerja',
  ],
  differences: [
    'berbeda/bedanya dengan',
    'perbedaan[nya] dengan/antara',
    'disamakan/dibandingkan dengan',
    'profesi [yang] mirip/serupa',
  ],
  expectations: [
    'miskonsepsi/ekspektasi/realitanya',
  ],
  employers: [
    'bisa/dapat bekerja/berkarier/berkarir di/pada',
    'bisa/dapat bekerja/berkarier/berkarir secara lepas',
    'dipekerjakan oleh',
  ],
};

/**
 * Where, inside the expectation-vs-reality part, a reality begins: a sentence opening with one of
 * these answers the expectation before it ("Realita: …", "Namun, realitanya …").
 */
export const REALITY_STARTS: readonly string[] = [
  'realita/realitanya/kenyataan/kenyataannya/fakta/faktanya/nyatanya/padahal/sebenarnya',
  'pada/dalam kenyataannya',
  'namun/tetapi[,] realitanya/kenyataannya/faktanya/sebenarnya/nyatanya',
  'namun/tetapi[,] pada/dalam kenyataannya',
  'akan tetapi[,] realitanya/kenyataannya/faktanya/sebenarnya/nyatanya',
  'akan tetapi[,] pada/dalam kenyataannya',
];

/**
 * Where a reality begins inside one sentence, after a comma or semicolon: "…, padahal realitanya …".
 */
export const REALITY_INSIDE: readonly string[] = [
  'padahal',
  'namun/tetapi/sementara/sedangkan[,] realitanya/kenyataannya/faktanya/sebenarnya/nyatanya',
  'namun/tetapi/sementara/sedangkan[,] pada/dalam kenyataannya',
];

/** Where an expectation begins: a sentence opening so starts a new expectation-reality pair. */
export const EXPECTATION_STARTS: readonly string[] = [
  'miskonsepsi/mitos/ekspektasi/anggapan/bayangan/persepsi',
  'salah kaprah',
  'banyak/sebagian orang/yang',
  'orang sering/kerap/biasanya',
  'sering/kerap dianggap/disangka/dikira',
];

/** A cue naming the professions a text compares itself with: the names follow `before`. */
export interface SimilarCue {
  /** Phrases right before the names. */
  before: readonly string[];
  /** Words that end the names (a comma, full stop, semicolon or colon always does). */
  until: readonly string[];
  /** What follows `before` without being a name ("profesi yang mirip"). */
  notNames?: readonly string[];
}

/**
 * Phrases naming the professions a text compares itself with; the names may be joined by
 * "atau"/"dan"/commas. "… berbeda dengan diplomat negara asing, karena …" → "diplomat negara asing".
 */
export const SIMILAR_CUES: readonly SimilarCue[] = [
  {
    before: ['berbeda/perbedaan/bedanya/beda dengan [profesi/pekerjaan]'],
    notNames: ['profesi[on] [yang] mirip/serupa/lain'],
    until: [
      'karena', 'yang', 'dalam', 'adalah', 'terletak', 'ialah', 'dari segi', 'dari sisi', 'sebab',
      'meskipun', 'walaupun', 'dan bukan',
    ],
  },
  {
    before: ['profesi [yang] mirip/serupa[nya][,] seperti/yaitu/yakni'],
    until: ['karena', 'terletak'],
  },
  {
    before: ['dibandingkan/disamakan dengan [profesi/pekerjaan]'],
    until: ['karena', 'yang', 'dalam', 'adalah'],
  },
];

/**
 * What introduces an inline list of majors or employers: "antara lain A, B, dan C." (a colon
 * does too: "…: A, B, dan C.").
 */
export const INLINE_LIST_LEADS: readonly string[] = [
  'antara lain',
  'meliputi',
  'seperti',
  'di antaranya',
  'yaitu',
  'yakni',
  'termasuk',
  'bekerja di/pada',
];

/**
 * Labels before a title line that are not part of the title, followed by ":" or a dash
 * ("Profesi: Analis Intelijen", "Judul — …").
 */
export const TITLE_LABELS: readonly string[] = ['profesi', 'nama profesi', 'judul', 'pekerjaan', 'jabatan', 'posisi'];

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
  /** Phrases right before the name (in the notation of phrases.ts); `''` lets the name open the sentence. */
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

/**
 * Words that can follow a title cue but do not name a profession ("pekerjaan ini"): a name that
 * starts with one of these (or with a word ending in "-nya") is not one.
 */
export const NOT_A_NAME_STARTS: readonly string[] = [
  'ini/itu/tersebut/tadi',
  'mereka/kamu/anda/dia/ia',
  'utama/pokok/sehari-hari/nya',
  'pekerjaan/profesi/posisi/tugas/bidang ini',
  'tugas/tugasnya',
  'tanggung jawab',
  'profil/miskonsepsi/mitos/ekspektasi/realita/perbedaan/bedanya',
  'jika/kalau',
  'orang/seseorang/banyak/sebagian/hal',
  'salah satu',
  'yang',
  'di bidang',
  'bagian dari',
  'bagian',
  'satu-satunya',
  'sebuah/suatu',
];

/** Words that end something that is not a name ("pekerjaan yang", "posisi ini"). */
export const NOT_A_NAME_ENDS: readonly string[] = ['ini/itu/tersebut/yang'];

/**
 * What comes before the traits in a fit or unfit sentence and is not one of them: "Profil orang
 * yang cocok … adalah seseorang yang", "mereka juga harus", "Jika kamu". Tried in order; the first
 * that matches is cut: with `at: 'anywhere'` together with all the text before it, with
 * `at: 'start'` only when it opens the sentence.
 */
export const TRAIT_LEADS: readonly { at: 'start' | 'anywhere'; phrases: readonly string[] }[] = [
  { at: 'anywhere', phrases: ['adalah/ialah/yaitu/yakni seseorang/orang/mereka/individu/pribadi/sosok [yang]'] },
  { at: 'anywhere', phrases: ['membutuhkan/memerlukan/mencari seseorang/orang/individu/pribadi/sosok [yang]'] },
  { at: 'anywhere', phrases: ['cocok untuk/bagi kamu/anda/orang/mereka/seseorang [yang]'] },
  { at: 'anywhere', phrases: ['cocok jika/kalau/apabila/bila kamu/anda'] },
  { at: 'start', phrases: ['jika/kalau/apabila/bila kamu/anda'] },
  { at: 'anywhere', phrases: ['[juga] harus/perlu/wajib/sebaiknya/hendaknya/diharapkan', '[juga] dituntut untuk'] },
  { at: 'start', phrases: ['seorang/seseorang/orang/individu [yang]'] },
];

/**
 * What follows the traits and is not one of them: "…, kemungkinan kamu tidak cocok …", "… akan
 * cocok menjadi …". Each is cut with the rest of the sentence. (Short patterns, kept as such: what
 * may stand before the words differs from one to the next.)
 */
export const TRAIT_TAIL: readonly RegExp[] = [
  /,?\s*(kemungkinan|maka|mungkin|besar kemungkinan)\b.*$/i,
  /\s+(akan|pasti|tentu|sangat) cocok\b.*$/i,
  /,?\s*(pekerjaan|profesi) ini (mungkin )?(kurang|tidak|bukan)\b.*$/i,
];

/**
 * Words that open a new trait after a comma or "dan"/"serta"; otherwise the clause continues the
 * last trait.
 */
export const TRAIT_STARTS: readonly string[] = [
  'memiliki', 'mempunyai', 'punya', 'mampu', 'dapat', 'bisa', 'tidak', 'kurang', 'sulit', 'senang',
  'suka', 'gemar', 'tertarik', 'berani', 'teliti', 'keberatan', 'terbiasa', 'siap', 'menguasai',
  'memahami', 'mengerti', 'bersedia', 'tahan', 'mudah', 'ingin', 'berminat', 'pandai', 'terampil',
  'cakap', 'enggan', 'benci', 'malas', 'takut',
];
