/** `astro dev` only: renders a profession's preview image on request (builds use the worker pool). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { professionCard } from '../../core/preview-card';
import { renderCardPng } from '../preview-image/render';

export const getStaticPaths = (async () =>
  (await getCollection('professions')).map(({ data }) => ({
    params: { slug: data.slug },
    props: { title: data.title, summary: data.summary },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCardPng(professionCard({ title: props.title, summary: props.summary }))), {
    headers: { 'content-type': 'image/png' },
  });
