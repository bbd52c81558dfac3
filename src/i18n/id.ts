/** Every interface string of the site, in Indonesian. Profile content is shown as written. */
export const t = {
  siteName: 'Peta Profesi',
  siteTagline: 'Panduan karier berbahasa Indonesia',
  siteDescription:
    'Kenali profesi di bidang hubungan internasional dan politik: tugasnya, siapa yang cocok, ekspektasi vs realita, dan jurusan yang mendukung.',
  skipToContent: 'Langsung ke konten',
  homeHeading: 'Temukan profesi yang cocok untukmu',
  homeIntro: 'Baca gambaran pekerjaan, tugas utama, siapa yang cocok dan kurang cocok, serta ekspektasi vs realita dari setiap profesi.',
  professionCount: (n: number) => `${n} profesi`,
  allProfessions: 'Semua profesi',
  letterIndex: 'Indeks huruf',
  searchLabel: 'Cari profesi',
  searchPlaceholder: 'Cari profesi…',
  searchButton: 'Cari',
  searchHeading: 'Cari profesi',
  searchHint: 'Ketik kata kunci, misalnya “negosiasi”, “anggaran”, atau “diplomat”.',
  searchLoading: 'Mencari…',
  searchResultsFor: (n: number, q: string) => `${n} hasil untuk “${q}”`,
  searchNoResults: (q: string) => `Tidak ada hasil untuk “${q}”.`,
  searchNoResultsTip: 'Coba kata lain yang lebih umum, atau lihat daftar semua profesi.',
  searchNeedsJs: 'Pencarian membutuhkan JavaScript. Sementara itu, pilih dari daftar semua profesi di bawah ini.',
  searchError: 'Pencarian belum bisa dimuat. Coba muat ulang halaman.',
  searchOffline:
    'Kamu sedang offline, dan pencarian ini butuh bagian indeks yang belum tersimpan. Sambungkan ke internet lalu coba lagi, atau buka profesi yang sudah pernah kamu baca.',
  tableOfContents: 'Daftar isi',
  expectationLabel: 'Ekspektasi',
  realityLabel: 'Realita',
  notFoundHeading: 'Halaman tidak ditemukan',
  notFoundText: 'Halaman yang kamu cari tidak ada atau sudah dipindahkan. Coba cari profesi, atau kembali ke beranda.',
  backHome: 'Kembali ke beranda',
  offlineTitle: 'Sedang offline',
  offlineHeading: 'Kamu sedang offline',
  offlineText: 'Halaman ini belum pernah kamu buka, jadi belum tersimpan untuk dibaca tanpa internet. Sambungkan ke internet lalu muat ulang halaman.',
  offlineKept: 'Profesi yang sudah pernah kamu buka tetap bisa dibaca tanpa internet, begitu juga beranda, pencarian, dan perbandingan.',
  redirectTitle: (title: string) => `Pindah ke ${title}`,
  redirectText: 'Profil ini sudah pindah ke halaman baru:',
  footerNote: 'Profil profesi ditulis oleh kontributor; isinya ditampilkan apa adanya.',
  searchResultsLabel: 'Hasil pencarian',
  searchSeeAll: (q: string) => `Lihat semua hasil untuk “${q}”`,
  searchTryWords: 'Coba kata lain:',
  searchSuggestions: ['negosiasi', 'agenda', 'anggaran', 'diplomasi', 'kebijakan', 'Kemlu'],
  searchBrowseAll: 'Lihat daftar semua profesi',
  home: 'Beranda',
  breadcrumbs: 'Jejak navigasi',
  sectionLink: (heading: string) => `Tautan ke bagian “${heading}”`,
  copyLink: 'Salin tautan',
  linkCopied: 'Tautan disalin',
  copyFailed: 'Tautan belum bisa disalin. Salin dari bilah alamat.',
  share: 'Bagikan',
  relatedProfessions: 'Profesi terkait',
  relatedCompared: 'Dibandingkan dalam teks',
  relatedMentioned: 'Disebut dalam teks',
  relatedMajors: (majors: string) => `Jurusan yang sama: ${majors}`,
  relatedSubject: (words: string) => `Bidang serupa: ${words}`,
  moreProfessions: 'Profesi lain dalam daftar',
  previousProfession: 'Sebelumnya',
  nextProfession: 'Berikutnya',
  printedFrom: 'Dicetak dari',
} as const;

/**
 * Strings of the comparison page and the self-check. A separate table because scripts that import
 * `t` bundle all of it: these stay out of the search page's JavaScript.
 */
export const tCompare = {
  // Bandingkan: two or three professions side by side.
  compareHeading: 'Bandingkan profesi',
  compareIntro: 'Lihat dua atau tiga profesi berdampingan, bagian demi bagian, dengan isi dari teks masing-masing.',
  compareWith: 'Bandingkan dengan …',
  compareWithOther: 'Pilih profesi lain untuk dibandingkan',
  comparePick: 'Pilih dua profesi untuk dibandingkan.',
  compareFirst: 'Profesi pertama',
  compareSecond: 'Profesi kedua',
  compareThird: 'Profesi ketiga (opsional)',
  compareChoose: 'Pilih profesi…',
  compareNone: '— tidak ada —',
  compareButton: 'Bandingkan',
  compareChange: 'Pilih profesi yang dibandingkan',
  compareLoading: 'Memuat perbandingan…',
  compareMissing: 'Salah satu profesi di alamat ini tidak ditemukan. Pilih profesi dari daftar.',
  compareError: 'Perbandingan belum bisa dimuat. Coba muat ulang halaman.',
  compareNotCovered: 'Teks profesi ini tidak membahas bagian ini.',
  compareReadSection: 'Baca bagian ini di profil',
  compareNeedsJs: 'Perbandingan berdampingan membutuhkan JavaScript. Sementara itu, buka profil profesi yang ingin kamu bandingkan:',
  // Apakah saya cocok? The self-check on each profession page.
  selfCheckHeading: 'Apakah saya cocok?',
  selfCheckIntro:
    'Centang pernyataan yang menggambarkan dirimu. Semua pernyataan diambil dari teks profesi ini. Jawabanmu tidak disimpan dan tidak dikirim ke mana pun.',
  selfCheckLegend: 'Mana yang menggambarkan dirimu?',
  selfCheckSubmit: 'Lihat hasil',
  selfCheckResultHeading: 'Hasil',
  selfCheckBasis: 'Berdasarkan pernyataan dari teks profesi ini:',
  selfCheckOutOf: (total: number) => `dari ${total} pernyataan kamu centang`,
  selfCheckNoneOnSide: 'Tidak ada yang kamu centang di bagian ini.',
  selfCheckReadingNone:
    'Kamu belum mencentang pernyataan apa pun. Jika tidak ada yang terasa menggambarkan dirimu, baca dulu bagian lengkapnya, atau lihat profesi lain.',
  selfCheckReadingFit:
    'Beberapa hal yang menurut teks ini dimiliki orang yang cocok juga kamu lihat pada dirimu, dan tidak ada tanda kurang cocok yang kamu centang.',
  selfCheckReadingUnfit:
    'Yang kamu centang disebut teks ini sebagai tanda kurang cocok. Itu bukan vonis: teks ini hanya menyebut beberapa sifat dan tidak mengenal dirimu.',
  selfCheckReadingMixed:
    'Kamu mencentang pernyataan dari kedua sisi. Teks ini tidak menimbang mana yang lebih penting; baca kedua bagian lengkapnya dan putuskan sendiri.',
  selfCheckLimits: 'Ini hanya cermin dari beberapa kalimat, bukan tes. Baca bagian lengkapnya:',
  selfCheckRelated: 'Profesi terkait yang bisa kamu lihat:',
  selfCheckNeedsJs: 'Hasil membutuhkan JavaScript. Kamu tetap bisa mencocokkan sendiri pernyataan di atas dengan bagian lengkapnya:',
} as const;

/**
 * Strings of the dev server's live preview (src/build/integrations/source-watch.ts): what a writer sees
 * over the page when a text has a problem. Never part of a built page.
 */
export const tDev = {
  sourceProblemsTitle: (n: number) => `${n} teks sumber bermasalah`,
  sourceProblemsHint: 'Setiap halaman tetap menampilkan versi baik terakhirnya. Perbaiki teksnya lalu simpan: halaman diperbarui dan pesan ini hilang.',
} as const;
