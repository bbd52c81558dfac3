/**
 * The built site as the gates see it: every HTML page of dist/, and the one link walker that checks
 * their links, assets and #anchors (used by the build tests; browser tests visit the same pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attributeValues } from './html';
import { DIST } from './paths';

/** Returns every HTML file of a build, as a site path ("/profesi/x/", "/404.html") → HTML. */
export function builtPages(dist = DIST): Map<string, string> {
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
 * Returns every internal reference (href, src, form action) on the pages that points at no file,
 * or at an #anchor that no element of the target page carries, as "page → reference".
 */
export function brokenLinks(pages: Map<string, string>, dist = DIST): string[] {
  const broken: string[] = [];
  for (const [path, html] of pages) {
    const refs = ['href', 'src', 'action'].flatMap((attribute) => attributeValues(html, attribute));
    for (const ref of refs) {
      if (/^(https?:|mailto:|tel:|data:)/.test(ref)) continue;
      const url = new URL(ref, `http://site${path}`);
      const target = pages.get(url.pathname);
      const exists = target !== undefined || existsSync(join(dist, decodeURIComponent(url.pathname)));
      if (!exists) broken.push(`${path} → ${ref}`);
      else if (url.hash && !attributeValues(target ?? '', 'id').includes(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${path} → ${ref} (no such anchor)`);
      }
    }
  }
  return broken;
}
