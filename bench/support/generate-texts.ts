/**
 * Synthetic profession texts for benchmarks: the real texts' parts recombined under new, unique
 * titles. Deterministic for a given seed. Pure: texts in, texts out.
 */
import { parseProfile } from '../../src/core/profile/parse';
import { SECTION_KEYS, type SectionKey } from '../../src/core/profile/sections';
import { seededRandom } from './random';

const ROLES = [
  'Analis',
  'Koordinator',
  'Staf',
  'Kepala',
  'Asisten',
  'Konsultan',
  'Peneliti',
  'Pengelola',
  'Penasihat',
  'Pejabat',
  'Spesialis',
  'Perencana',
  'Pengawas',
  'Juru Bicara',
  'Sekretaris',
  'Atase',
  'Negosiator',
  'Evaluator',
  'Fasilitator',
  'Direktur',
];
const FIELDS = [
  'Kebijakan Luar Negeri',
  'Kerjasama Internasional',
  'Pertemuan Politik',
  'Hubungan Bilateral',
  'Diplomasi Publik',
  'Perdagangan Internasional',
  'Bantuan Kemanusiaan',
  'Keamanan Regional',
  'Organisasi Multilateral',
  'Protokol Negara',
  'Komunikasi Politik',
  'Kebijakan Publik',
  'Hak Asasi Manusia',
  'Lingkungan Global',
  'Migrasi Internasional',
  'Pembangunan Berkelanjutan',
  'Kerjasama Ekonomi',
  'Urusan ASEAN',
  'Kampanye Pemilu',
  'Riset Opini Publik',
  'Hukum Internasional',
  'Perjanjian Internasional',
  'Kebudayaan Luar Negeri',
  'Pendidikan Internasional',
  'Energi Global',
];
const REGIONS = ['Asia Tenggara', 'Eropa', 'Afrika', 'Timur Tengah', 'Amerika Latin', 'Pasifik', 'Asia Timur', 'Asia Selatan'];

/** A source text: file name and content. */
export interface TextFile {
  file: string;
  text: string;
}

/** Returns the i-th unique synthetic title. */
export function syntheticTitle(i: number): string {
  const combos = ROLES.length * FIELDS.length;
  const base = `${ROLES[i % ROLES.length]} ${FIELDS[Math.floor(i / ROLES.length) % FIELDS.length]}`;
  const round = Math.floor(i / combos);
  if (round === 0) return base;
  return `${base} Wilayah ${REGIONS[(round - 1) % REGIONS.length]}${round > REGIONS.length ? ` ${Math.ceil(round / REGIONS.length)}` : ''}`;
}

/** Returns `count` texts in the genre, made from the parts of `seeds`, each with a unique title line. */
export function generateTexts(seeds: readonly TextFile[], count: number, seed = 1): TextFile[] {
  const next = seededRandom(seed);
  const parts = new Map<SectionKey, string[][]>();
  for (const { file, text } of seeds) {
    const result = parseProfile(text, file);
    if (!result.ok) continue;
    const { profile } = result;
    const name = profile.title;
    for (const section of profile.sections) {
      const lines = section.blocks.map((b) =>
        b.type === 'list' ? b.items.join('\n') : b.type === 'pair' ? `${b.expectation} ${b.reality}` : b.sentences.join(' '),
      );
      const key = section.key;
      const own = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
      parts.set(key, [...(parts.get(key) ?? []), lines.map((l) => l.replace(own, '{name}'))]);
    }
  }
  const headings: Partial<Record<SectionKey, string>> = {
    majors: 'Jurusan Kuliah yang Mendukung',
    employers: 'Contoh perusahaan atau institusi yang membutuhkan',
  };
  return Array.from({ length: count }, (_, i) => {
    const title = syntheticTitle(i);
    const body = SECTION_KEYS.flatMap((key) => {
      const options = parts.get(key);
      if (!options || (headings[key] && next() < 0.3)) return [];
      const chosen = options[Math.floor(next() * options.length)]!.map((l) => l.replaceAll('{name}', title.toLowerCase()));
      return headings[key] ? [headings[key]!, ...chosen] : chosen;
    });
    return { file: `gen-${String(i).padStart(5, '0')}.txt`, text: `${title}\n\n${body.join('\n\n')}\n` };
  });
}
