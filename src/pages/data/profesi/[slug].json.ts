/**
 * `/data/profesi/<slug>.json`: one profession's compared sections, for the comparison page. One
 * small file per profession keeps the site static and its size linear in the number of professions.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareProfile } from '../../../core/compare/data';

export const getStaticPaths = (async () => {
  const entries = await getCollection('professions');
  return entries.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'professions'> }> = ({ props }) => {
  // The glob loader renders Markdown with the site's rehype plugins, so this is the page's own HTML.
  const html = props.entry.rendered?.html ?? '';
  return new Response(JSON.stringify(compareProfile(props.entry.data, html)), {
    headers: { 'content-type': 'application/json' },
  });
};
