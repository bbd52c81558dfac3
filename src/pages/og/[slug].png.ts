/** Each profession's 1200×630 link-preview image, generated at build time from its title and summary. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../i18n/id';
import { previewCard } from '../../lib/og/card';
import { renderCardPng } from '../../lib/og/render';

export const getStaticPaths = (async () =>
  (await getCollection('professions')).map(({ data }) => ({
    params: { slug: data.slug },
    props: { title: data.title, summary: data.summary },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const card = previewCard({ title: props.title, summary: props.summary, siteName: t.siteName, tagline: t.siteTagline });
  return new Response(new Uint8Array(await renderCardPng(card)), { headers: { 'content-type': 'image/png' } });
};
