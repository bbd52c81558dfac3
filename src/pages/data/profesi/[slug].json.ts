/**
 * `/data/profesi/<slug>.json`: one profession's compared sections, for the comparison page. One
 * small file per profession keeps the site static and its size linear in the number of professions.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { compareProfile } from '../../../core/compare/data';
import { recordedSections } from '../../../core/profile/rendered-sections';
import { routes } from '../../../routes';

export const getStaticPaths = (async () => {
  const entries = await getCollection('professions');
  return entries.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'professions'> }> = async ({ props }) => {
  // The sections rehypeSections recorded while the page's Markdown was rendered: the page's own HTML.
  const { remarkPluginFrontmatter } = await render(props.entry);
  return new Response(JSON.stringify(compareProfile(props.entry.data, recordedSections(remarkPluginFrontmatter), routes)), {
    headers: { 'content-type': 'application/json' },
  });
};
