/** /manifest.webmanifest: the site's name, colours and icons for home screens. */
import type { APIRoute } from 'astro';
import { COLOURS } from '../core/design-tokens';
import { t } from '../i18n/id';
import { webManifest } from '../core/seo/discovery';
import { manifestIcons } from '../core/seo/icons';
import { homePath, routes } from '../routes';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({
        name: `${t.siteName} — ${t.siteTagline}`,
        shortName: t.siteName,
        description: t.siteDescription,
        home: homePath(),
        themeColor: COLOURS.light.accent,
        backgroundColor: COLOURS.light.bg,
        icons: manifestIcons(routes),
      }),
    ),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
