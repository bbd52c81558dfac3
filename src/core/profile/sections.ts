/**
 * The parts of a profession profile, in page order. Their headings are a public contract: the
 * anchors derived from them (`#siapa-yang-kurang-cocok`) are what people share in chats.
 */
export const SECTIONS = [
  { key: 'overview', heading: 'Gambaran pekerjaan' },
  { key: 'tasks', heading: 'Tugas utama' },
  { key: 'fit', heading: 'Siapa yang cocok' },
  { key: 'unfit', heading: 'Siapa yang kurang cocok' },
  { key: 'expectations', heading: 'Ekspektasi vs realita' },
  { key: 'differences', heading: 'Bedanya dengan profesi serupa' },
  { key: 'majors', heading: 'Jurusan kuliah yang mendukung' },
  { key: 'employers', heading: 'Contoh institusi yang membutuhkan' },
  { key: 'other', heading: 'Lainnya' },
] as const;

/** Identifier of one part of a profile, e.g. `"unfit"`. */
export type SectionKey = (typeof SECTIONS)[number]['key'];

/** Every section key, in page order. */
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key);

/** Returns the fixed Indonesian heading of a section. */
export function sectionHeading(key: SectionKey): string {
  return SECTIONS.find((s) => s.key === key)!.heading;
}

/** Sections whose content is a list of short items rather than prose. */
export const LIST_SECTIONS: ReadonlySet<SectionKey> = new Set(['majors', 'employers']);

/** Returns the anchor id of a section, as rehype-slug derives it from the heading. */
export function sectionId(key: SectionKey): string {
  return sectionHeading(key).toLowerCase().replace(/\s+/g, '-');
}
