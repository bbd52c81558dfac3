/** The head tags a link preview and a search engine read, as data: name/property → content. */
import { truncate } from '../text/truncate';

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

/** Returns the Open Graph (`property`) and Twitter card (`name`) tags of a page, in order. */
export function previewTags(meta: PageMeta): { attribute: 'property' | 'name'; key: string; content: string }[] {
  const description = truncate(meta.description);
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
