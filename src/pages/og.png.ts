/** The site's own link-preview image, for the pages that are not a profession. */
import type { APIRoute } from 'astro';
import { t } from '../i18n/id';
import { previewCard } from '../core/preview-card';
import { renderCardPng } from '../build/preview-image/render';

export const GET: APIRoute = async () => {
  const card = previewCard({ title: t.homeHeading, summary: t.siteDescription, siteName: t.siteName, tagline: t.siteTagline });
  return new Response(new Uint8Array(await renderCardPng(card)), { headers: { 'content-type': 'image/png' } });
};
