/** The built comparison data, the comparison page without script, and the self-check markup. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareProfile } from '../../src/core/compare/data';
import { COMPARE_SUGGESTIONS } from '../../src/core/compare/suggest';
import { professionSchema, type ProfessionData } from '../../src/core/profile/schema';
import { parse as parseYaml } from 'yaml';
import { attributeValues, decodeEntities, htmlToText, innerOf } from '../support/html';
import { DIST, PROFESSIONS } from '../support/paths';

const professions: ProfessionData[] = readdirSync(PROFESSIONS)
  .filter((f) => f.endsWith('.md'))
  .map((f) => professionSchema.parse(parseYaml(readFileSync(join(PROFESSIONS, f), 'utf8').split(/^---$/m)[1]!)));
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('/data/profesi/<slug>.json', () => {
  it.each(professions.map((p) => [p.slug, p] as const))('%s has its title, its page and its compared sections', (slug, p) => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/profesi', `${slug}.json`), 'utf8')) as CompareProfile;
    expect(data).toMatchObject({ slug, title: p.title, href: `/profesi/${slug}/` });
    const pageText = htmlToText(page(`profesi/${slug}`));
    // Each row's text is on the profession page too: the comparison shows the text, nothing else.
    for (const [id, html] of Object.entries(data.rows)) {
      expect(page(`profesi/${slug}`), id).toContain(`id="${id}"`);
      if (!html.startsWith('<ul class="traits">')) expect(pageText).toContain(htmlToText(html));
    }
    expect(htmlToText(data.rows['siapa-yang-cocok'] ?? '')).toBe(p.fitTraits.join(' '));
  });
});

describe('/bandingkan/', () => {
  const html = page('bandingkan');

  it('links to every profession without script, inside <noscript>', () => {
    const noscript = innerOf(html, 'noscript', /<noscript>/) ?? '';
    for (const p of professions) expect(noscript).toContain(`href="/profesi/${p.slug}/"`);
  });

  it('is not indexed for search', () => {
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe.each(professions.map((p) => [p.slug, p] as const))('profession page %s', (slug, p) => {
  const html = page(`profesi/${slug}`);
  const selfCheck = innerOf(html, 'section', /<section aria-labelledby="apakah-saya-cocok"[^>]*>/) ?? '';

  it('offers each fit and unfit statement as a checkbox, in a part search ignores (no self-check when the text has none)', () => {
    if (p.fitTraits.length + p.unfitTraits.length === 0) {
      expect(html).not.toContain('id="apakah-saya-cocok"');
      return;
    }
    expect(html).toMatch(/<section aria-labelledby="apakah-saya-cocok"[^>]*data-pagefind-ignore/);
    const boxes = [...selfCheck.matchAll(/<input type="checkbox" data-side="(fit|unfit)" value="([^"]*)"/g)].map((m) => [m[1], decodeEntities(m[2]!)]);
    expect(boxes.filter(([side]) => side === 'fit').map(([, text]) => text)).toEqual(p.fitTraits);
    expect(boxes.filter(([side]) => side === 'unfit').map(([, text]) => text)).toEqual(p.unfitTraits);
  });

  it('offers comparisons with as many other professions as it can show, related ones first, each naming both in the address', () => {
    const nav = innerOf(html, 'nav', /<nav aria-labelledby="bandingkan-dengan"[^>]*>/) ?? '';
    const offered = attributeValues(nav, 'href')
      .filter((h) => h.startsWith(`/bandingkan/?a=${slug}&b=`))
      .map((h) => h.slice(`/bandingkan/?a=${slug}&b=`.length));
    const others = new Set(professions.filter((o) => o.slug !== slug).map((o) => o.slug));
    expect(offered).toHaveLength(Math.min(COMPARE_SUGGESTIONS, others.size));
    expect(new Set(offered).size).toBe(offered.length);
    for (const other of offered) expect(others).toContain(other);
    // The related professions the page lists come first, as far as they go.
    const related = attributeValues(innerOf(html, 'section', /<section aria-labelledby="profesi-terkait"[^>]*>/) ?? '', 'href')
      .map((h) => /^\/profesi\/([^/]+)\/$/.exec(h)?.[1])
      .filter(Boolean);
    expect(offered.slice(0, related.length)).toEqual(related.slice(0, COMPARE_SUGGESTIONS));
  });
});
