/**
 * The data behind one column of the comparison, written at build time to
 * `/data/profesi/<slug>.json`: each compared section's HTML, as the profession page renders it.
 */
import type { RenderedSection } from '../profile/rendered-sections';
import type { ProfessionData } from '../profile/schema';
import { sectionId, type SectionKey } from '../profile/sections';
import type { Routes } from '../routes';
import { escapeHtml } from '../text/escape';

/** The sections compared side by side, in row order ("Bedanya dengan …" and "Lainnya" stay on the page). */
export const COMPARE_ROWS: readonly SectionKey[] = ['overview', 'tasks', 'fit', 'unfit', 'expectations', 'majors', 'employers'];

/** One profession as the comparison page fetches it. */
export interface CompareProfile {
  slug: string;
  title: string;
  /** Its page, `/profesi/<slug>/`. */
  href: string;
  /** Section id → the section's HTML; a section the text does not have is absent. */
  rows: Record<string, string>;
}

/**
 * Returns the comparison data of a profession from its frontmatter and rendered sections. Who fits
 * and who does not come as the ingest's single statements when it found them, since short aligned
 * lists compare better than long sentences; otherwise as the section's HTML.
 */
export function compareProfile(data: ProfessionData, rendered: readonly RenderedSection[], routes: Pick<Routes, 'professionPath'>): CompareProfile {
  const sections = new Map(rendered.map((section) => [section.id, section.html]));
  const traits: Partial<Record<SectionKey, readonly string[]>> = { fit: data.fitTraits, unfit: data.unfitTraits };
  const rows: Record<string, string> = {};
  for (const key of COMPARE_ROWS) {
    const id = sectionId(key);
    const list = traits[key] ?? [];
    if (list.length > 0) rows[id] = `<ul class="traits">${list.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
    else if (sections.get(id)) rows[id] = sections.get(id)!;
  }
  return { slug: data.slug, title: data.title, href: routes.professionPath(data.slug), rows };
}
