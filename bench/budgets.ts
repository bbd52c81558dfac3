/**
 * Page weight against the budgets: per page of dist/, the bytes of HTML, CSS, JavaScript and fonts a
 * first visit loads before any interaction, raw and gzip-compressed, and whether a script blocks
 * rendering. Figures for `npm run bench`; nothing here is timed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isProfessionPath } from '../src/routes';
import type { Report } from './report';

/** What a first visit to a page loads, by kind, with the site paths of the files. */
export interface FirstVisit {
  css: string[];
  js: string[];
  fonts: string[];
  /** Icons and images. */
  other: string[];
  /** Classic scripts with a src in the head and neither defer nor async: they hold up the first paint. */
  renderBlocking: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const isLocal = (url: string | undefined): url is string => !!url && url.startsWith('/') && !url.startsWith('//');

/**
 * Returns the files a first visit to a page loads before any interaction: stylesheets and the fonts
 * they name, module scripts and everything they import statically (a dynamic `import()` waits for
 * use, as Pagefind does), preloads, the icon and images. `read` returns a site file's text.
 */
export function firstVisit(html: string, read: (path: string) => string): FirstVisit {
  const visit: FirstVisit = { css: [], js: [], fonts: [], other: [], renderBlocking: [] };
  const head = html.slice(0, html.indexOf('</head>'));
  for (const [tag] of html.matchAll(/<(?:link|script|img)\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = attribute(tag, 'href');
    const src = attribute(tag, 'src');
    if (tag.startsWith('<link') && rel === 'stylesheet' && isLocal(href)) visit.css.push(href);
    else if (tag.startsWith('<link') && /modulepreload|preload/.test(rel) && isLocal(href)) {
      (href.endsWith('.css') ? visit.css : /\.(woff2?|ttf|otf)$/.test(href) ? visit.fonts : visit.js).push(href);
    } else if (tag.startsWith('<link') && /icon/.test(rel) && isLocal(href)) visit.other.push(href);
    else if (tag.startsWith('<script') && isLocal(src)) {
      visit.js.push(src);
      const classic = !/type="module"/.test(tag) && !/\s(defer|async)[\s>=]/.test(tag);
      if (classic && head.includes(tag)) visit.renderBlocking.push(src);
    } else if (tag.startsWith('<img') && isLocal(src)) visit.other.push(src);
  }
  // Module scripts load their static imports at once; follow them.
  for (let i = 0; i < visit.js.length; i++) {
    const file = visit.js[i]!;
    for (const [, spec] of read(file).matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      const path = spec!.startsWith('/') ? spec! : posix.join(posix.dirname(file), spec!);
      if (!visit.js.includes(path)) visit.js.push(path);
    }
  }
  for (const sheet of visit.css) {
    for (const [, url] of read(sheet).matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))/g)) {
      const path = url!.startsWith('/') ? url! : posix.join(posix.dirname(sheet), url!);
      if (!visit.fonts.includes(path)) visit.fonts.push(path);
    }
  }
  return visit;
}

type Kind = 'html' | 'css' | 'js' | 'fonts' | 'other';
/** Bytes per kind for one page: [raw, gzip]. */
export type PageWeight = Record<Kind, [number, number]> & { renderBlocking: string[] };

/** Returns the weight of every page of a build, by site path. Web servers compress each file on its own, so each is gzipped alone. */
function pageWeights(dist: string): Map<string, PageWeight> {
  const bytes = (path: string) => readFileSync(join(dist, decodeURIComponent(path)));
  const weights = new Map<string, PageWeight>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file);
    const visit = firstVisit(html.toString('utf8'), (path) => bytes(path).toString('utf8'));
    const sum = (paths: string[]): [number, number] => paths.map(bytes).reduce(([raw, gz], b) => [raw + b.length, gz + gzipSync(b).length], [0, 0]);
    weights.set(`/${relative(dist, file)}`.replace(/index\.html$/, ''), {
      html: [html.length, gzipSync(html).length],
      css: sum(visit.css),
      js: sum(visit.js),
      fonts: sum(visit.fonts),
      other: sum(visit.other),
      renderBlocking: visit.renderBlocking,
    });
  }
  return weights;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The targets for a profession page: compressed KB of HTML, CSS, JavaScript before search is used and
 * everything a first visit loads; and none of the two things that hold up the first paint: a
 * render-blocking script, a web font (the site uses the system font stack).
 */
export const PROFESSION_BUDGET = { html: 7, css: 8, js: 5, total: 25, renderBlockingScripts: 0, fontKb: 0 } as const;

const kb = (n: number) => (n / 1024).toFixed(1);
const total = (w: PageWeight) => w.html[1] + w.css[1] + w.js[1] + w.fonts[1] + w.other[1];

/** One line of the budget table: the heaviest page's figure, the budget, and whether it holds. */
export interface BudgetRow {
  label: string;
  measured: string;
  budget: string;
  verdict: 'ok' | 'MISSED';
}

/** Returns the budget table for some profession pages: each figure is the heaviest page's. */
export function budgetRows(pages: readonly PageWeight[]): BudgetRow[] {
  const heaviest = (f: (w: PageWeight) => number) => Math.max(0, ...pages.map(f));
  const row = (label: string, measured: number, budget: number, show: (n: number) => string, unit: string): BudgetRow => ({
    label,
    measured: show(measured),
    budget: `${budget}${unit}`,
    verdict: measured <= budget ? 'ok' : 'MISSED',
  });
  const kbRow = (label: string, bytes: number, budgetKb: number) => row(label, bytes / 1024, budgetKb, (n) => n.toFixed(1), ' KB');
  return [
    kbRow(
      'HTML',
      heaviest((w) => w.html[1]),
      PROFESSION_BUDGET.html,
    ),
    kbRow(
      'CSS',
      heaviest((w) => w.css[1]),
      PROFESSION_BUDGET.css,
    ),
    kbRow(
      'JS before search is used',
      heaviest((w) => w.js[1]),
      PROFESSION_BUDGET.js,
    ),
    kbRow('everything a first visit loads', heaviest(total), PROFESSION_BUDGET.total),
    row(
      'render-blocking scripts',
      heaviest((w) => w.renderBlocking.length),
      PROFESSION_BUDGET.renderBlockingScripts,
      String,
      '',
    ),
    kbRow(
      'web fonts',
      heaviest((w) => w.fonts[1]),
      PROFESSION_BUDGET.fontKb,
    ),
  ];
}

/** Reports every page's weight, then the profession pages' heaviest figures against the budget. */
export function printBudgets(dist: string, report: Report): void {
  const weights = pageWeights(dist);
  report.table(
    'First visit, before any interaction: KB raw (gzip); icon and images are in the total',
    Object.fromEntries(
      [...weights].map(([path, w]) => [
        path.length > 44 ? `${path.slice(0, 43)}…` : path,
        {
          HTML: `${kb(w.html[0])} (${kb(w.html[1])})`,
          CSS: `${kb(w.css[0])} (${kb(w.css[1])})`,
          JS: `${kb(w.js[0])} (${kb(w.js[1])})`,
          fonts: `${kb(w.fonts[0])} (${kb(w.fonts[1])})`,
          'total gz': kb(total(w)),
          'render-blocking scripts': w.renderBlocking.length,
        },
      ]),
    ),
    'page',
  );
  const professions = [...weights].filter(([path]) => isProfessionPath(path)).map(([, w]) => w);
  report.table(
    `Budget for a profession page (the heaviest of ${professions.length}), gzip`,
    Object.fromEntries(budgetRows(professions).map(({ label, ...rest }) => [label, rest])),
  );
}
