/** The head tags a link preview and a search engine read, as data: name/property → content. */

/** What a page says about itself. */
export interface PageMeta {
  /** Full document title, e.g. "Diplomat — Peta Profesi". */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Absolute URL of the 1200×630 preview image. */
  image: string;
  /** Text alternative of the preview image. */
  imageAlt: string;
  siteName: string;
  /** `article` for a profession, `website` otherwise. */
  type: 'website' | 'article';
}

/** The longest description a preview shows without cutting it. */
const DESCRIPTION_MAX = 160;

/** Returns text shortened to at most `max` characters at a word boundary, with "…" when cut. */
export function clampText(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2))).replace(/[\s,;:.…-]+$/, '');
  return `${atWord}…`;
}

/** Returns the Open Graph (`property`) and Twitter card (`name`) tags of a page, in order. */
export function previewTags(meta: PageMeta): { attribute: 'property' | 'name'; key: string; content: string }[] {
  const description = clampText(meta.description);
  const og = (key: string, content: string) => ({ attribute: 'property' as const, key: `og:${key}`, content });
  const tw = (key: string, content: string) => ({ attribute: 'name' as const, key: `twitter:${key}`, content });
  return [
    og('type', meta.type),
    og('site_name', meta.siteName),
    og('locale', 'id_ID'),
    og('title', meta.title),
    og('description', description),
    og('url', meta.url),
    og('image', meta.image),
    og('image:width', '1200'),
    og('image:height', '630'),
    og('image:alt', meta.imageAlt),
    tw('card', 'summary_large_image'),
    tw('title', meta.title),
    tw('description', description),
    tw('image', meta.image),
    tw('image:alt', meta.imageAlt),
  ];
}
