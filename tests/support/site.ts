/**
 * The built site as the gates see it: every HTML page of dist/, and the one link walker that checks
 * their links, assets and #anchors (used by the build tests; browser tests visit the same pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attributeValues, jsonLd } from './html';
import { readSlugRedirects } from '../../src/build/slug-history-file';
import { DIST, SLUG_HISTORY } from './paths';

/** Returns every HTML file of a build, as a site path ("/profesi/x/", "/404.html") → HTML. */
export function builtPages(dist = DIST): Map<string, string> {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: build it first (npm run build, npm run build:fixture)`);
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const site = `/${relative(dist, path)}`.replace(/index\.html$/, '');
        pages.set(site, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dist);
  return pages;
}

/**
 * Returns the pages at old addresses of renamed professions, as the build makes them from a slug
 * history (default: the real site's): old page path → the path of the page it leads to.
 */
export function redirectPages(history = SLUG_HISTORY): Map<string, string> {
  return new Map([...readSlugRedirects(history)].map(([from, to]) => [`/profesi/${from}/`, `/profesi/${to}/`]));
}

/** Where the walker looks besides the pages' href, src and action attributes. */
export interface WalkOptions {
  /**
   * The site's public origin: absolute URLs on it (in meta `content`, JSON-LD) are checked like
   * internal links, and absolute URLs elsewhere are reported unless they are schema.org vocabulary.
   */
  origin?: string;
  /** More references by source (sitemap, manifest, robots.txt), as "source path" → URLs. */
  extra?: Map<string, string[]>;
  /**
   * The base path the build is served under ("/peta-profesi/"; default "/"): every reference must
   * stay under it, as on a host that serves nothing else (a GitHub Pages project site).
   */
  base?: string;
}

/**
 * Returns every internal reference that points at no file, or at an #anchor that no element of the
 * target page carries, as "page → reference". The one link walker of the test suite.
 */
export function brokenLinks(pages: Map<string, string>, dist = DIST, options: WalkOptions = {}): string[] {
  const { origin, extra = new Map<string, string[]>(), base = '/' } = options;
  const jsonUrls = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(jsonUrls) : [];
  const sources = new Map(extra);
  for (const [path, html] of pages) {
    const refs = ['href', 'src', 'action'].flatMap((attribute) => attributeValues(html, attribute));
    const data = origin ? [...attributeValues(html, 'content'), ...jsonLd(html).flatMap(jsonUrls)].filter((v) => v.startsWith(`${origin}/`)) : [];
    sources.set(path, [...refs, ...data]);
  }
  const broken: string[] = [];
  for (const [path, refs] of sources) {
    for (const ref of refs) {
      const onSite = origin !== undefined && ref.startsWith(`${origin}/`);
      if (/^(https?:|mailto:|tel:|data:)/.test(ref) && !onSite) {
        if (origin && /^https?:/.test(ref) && !/^https:\/\/schema\.org/.test(ref)) broken.push(`${path} → ${ref} (absolute URL off the site origin ${origin})`);
        continue;
      }
      // Pages and files of the build are at its root; the browser asks for them under the base path.
      const url = new URL(onSite ? ref.slice(origin!.length) : ref, `http://site${base}${path.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${path} → ${ref} (outside the base path ${base})`);
        continue;
      }
      const file = `/${url.pathname.slice(base.length)}`;
      const target = pages.get(file);
      const exists = target !== undefined || existsSync(join(dist, decodeURIComponent(file)));
      if (!exists) broken.push(`${path} → ${ref}`);
      else if (url.hash && !attributeValues(target ?? '', 'id').includes(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${path} → ${ref} (no such anchor)`);
      }
    }
  }
  return broken;
}
