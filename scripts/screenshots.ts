/**
 * Screenshots of the built site for a person to look at: every page at phone (390 px) and desktop
 * (1280 px) width, light and dark. Run after `npm run build`: `npm run screenshots [-- --out DIR]`.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../bench/support/launch-chromium';
import { serveStatic } from '../bench/support/serve-static';
import { comparePath, homePath, professionPath, searchPath } from '../src/routes';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'screenshots') } } });
const out = values.out!;
mkdirSync(out, { recursive: true });

const professions = readdirSync(join(root, 'dist/profesi'));
const pages = [
  ['home', homePath()],
  ['search', searchPath('anggaran')],
  // An address the site does not have: the 404 page.
  ['404', '/tidak-ada/'],
  ['compare', comparePath(['pengelola-proyek-kerjasama-internasional', 'pejabat-pemerintah-di-kementerian-luar-negeri'])],
  ['compare-3', comparePath(['koordinator-pertemuan-politik', 'pengelola-proyek-kerjasama-internasional', 'asisten-menteri-kerjasama-luar-negeri'])],
  ...professions.map((slug) => [slug.slice(0, 24), professionPath(slug)]),
];

const server = await serveStatic(join(root, 'dist'));
const browser = await launchChromium();
try {
  for (const [width, label] of [
    [390, 'phone'],
    [1280, 'desktop'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        await page.goto(server.url + path!);
        if (path!.startsWith(searchPath())) await page.waitForSelector('#search-results li');
        if (path!.startsWith(comparePath())) await page.waitForSelector('.compare-cell');
        await page.screenshot({ path: join(out, `${name}-${label}-${scheme}.png`), fullPage: true });
      }
      await context.close();
    }
  }
  // A profession page as printed on A4 (794 px is 210 mm at 96 dpi).
  const print = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await print.goto(server.url + professionPath(professions[0]!));
  await print.emulateMedia({ media: 'print' });
  await print.screenshot({ path: join(out, `${professions[0]!.slice(0, 24)}-print.png`), fullPage: true });
  await print.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}`);
