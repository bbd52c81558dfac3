/**
 * The link-preview card of a page (1200×630), as the element tree satori renders: the site's mark
 * and name, the title large, the summary below, in the site's light colours.
 */
import { t } from '../i18n/id';
import { COLOURS as SITE_COLOURS } from './design-tokens';

/** A satori element: a tag, its style and its children (no React needed). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

/** Width and height of a preview image, as Open Graph and Twitter expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The site's light colours: a card is an image, shown on light and dark pages alike. */
const COLOURS = SITE_COLOURS.light;

/** Returns the title's font size in pixels: smaller as the title grows, so that it fits in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 56) return 64;
  return 52;
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** Returns the card for a page: title, summary (cut to four lines), site name and tagline. */
export function previewCard(input: { title: string; summary: string; siteName: string; tagline: string }): CardNode {
  return el(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: '100%',
      backgroundColor: COLOURS.surface,
      fontFamily: 'Inter',
      color: COLOURS.fg,
    },
    [
      el('div', { display: 'flex', width: 24, height: '100%', backgroundColor: COLOURS.accent }),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          margin: 40,
          padding: '48px 56px',
          backgroundColor: COLOURS.bg,
          border: `2px solid ${COLOURS.border}`,
          borderRadius: 28,
        },
        [
          el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700 }, [
            el('div', { display: 'flex', width: 22, height: 22, borderRadius: 11, backgroundColor: COLOURS.accent, marginRight: 14 }),
            input.siteName,
          ]),
          el('div', { display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
            el('div', { fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1, lineClamp: 3 }, input.title),
            el('div', { marginTop: 24, fontSize: 28, fontWeight: 400, lineHeight: 1.4, color: COLOURS.muted, lineClamp: 3 }, input.summary),
          ]),
          el('div', { display: 'flex', fontSize: 24, color: COLOURS.accent, fontWeight: 700 }, input.tagline),
        ],
      ),
    ],
  );
}

/** Returns the card of a profession page, with the site's name and tagline. */
export function professionCard(profession: { title: string; summary: string }): CardNode {
  return previewCard({ ...profession, siteName: t.siteName, tagline: t.siteTagline });
}
