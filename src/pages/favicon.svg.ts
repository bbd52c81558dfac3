/** /favicon.svg, drawn in the site's colours (src/core/design-tokens.ts). */
import type { APIRoute } from 'astro';
import { faviconSvg } from '../core/seo/icons';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'content-type': 'image/svg+xml' } });
