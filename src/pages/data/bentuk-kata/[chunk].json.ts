/**
 * `/data/bentuk-kata/<letter>.json`: the forms of the texts' words grouped by root, split by the
 * root's first letter (src/core/search/word-forms.ts). The search fetches the few chunks a typed
 * word's roots are in and also searches the other forms, which Pagefind's stemmer keeps apart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render } from 'astro:content';
import { recordedSections } from '../../../core/profile/rendered-sections';
import { WORD_FORM_CHUNKS } from '../../../core/routes';
import { buildWordForms, splitWordForms, type WordFormTable } from '../../../core/search/word-forms';
import { STOP_WORDS } from '../../../core/text/stop-words';
import { words } from '../../../core/text/words';

export const getStaticPaths = (async () => {
  const entries = await getCollection('professions');
  const texts = await Promise.all(
    entries.map(async (entry) => {
      const sections = recordedSections((await render(entry)).remarkPluginFrontmatter);
      return [entry.data.title, ...sections.flatMap((section) => [section.heading, section.text])].join(' ');
    }),
  );
  // Stop words are no evidence of a subject: never searched as another word's form ("pada" of "kepada").
  const chunks = splitWordForms(buildWordForms(words(texts.join(' ')), (word) => !STOP_WORDS.has(word)));
  return WORD_FORM_CHUNKS.map((chunk) => ({ params: { chunk }, props: { table: chunks[chunk] ?? {} } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: WordFormTable }> = ({ props }) =>
  new Response(JSON.stringify(props.table), { headers: { 'content-type': 'application/json' } });
