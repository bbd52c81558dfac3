/** PNG icons drawn from favicon.svg, for the web manifest and home screens (`/icon-192.png`, …). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { faviconSvg, ICON_BACKGROUND, ICON_SIZES } from '../core/seo/icons';
import { renderIconPng } from '../build/preview-image/render';

export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await renderIconPng(faviconSvg(), Number(params.size), ICON_BACKGROUND)), {
    headers: { 'content-type': 'image/png' },
  });
