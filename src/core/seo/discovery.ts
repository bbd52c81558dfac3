/** The files crawlers and browsers look for at the site's root: sitemap, robots.txt, web manifest. */
import { escapeHtml } from '../text/escape';

/** Returns a sitemap listing the given absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/** Returns a robots.txt that allows everything and points to the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** Returns a web app manifest: name, colours and icons (a scalable SVG and PNGs of each size). */
export function webManifest(input: {
  name: string;
  shortName: string;
  description: string;
  /** The home page's path: where the installed app starts, and the pages it covers. */
  home: string;
  themeColor: string;
  backgroundColor: string;
  icons: readonly { src: string; sizes: string; type: string }[];
}): Record<string, unknown> {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: 'id',
    dir: 'ltr',
    start_url: input.home,
    scope: input.home,
    display: 'minimal-ui',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: input.icons,
  };
}
