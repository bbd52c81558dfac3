/**
 * `/data/kata/<letter>.json`: what the search looks up about words of one letter
 * (src/core/search/word-data.ts): the forms of the texts' words grouped by root
 * (src/core/search/word-forms.ts), and the English rules whose phrases start with the letter. The
 * search fetches the few letters a query needs and also searches the other forms, which Pagefind's
 * stemmer keeps apart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render } from 'astro:content';
import { recordedSections } from '../../../core/profile/rendered-sections';
import { ENGLISH_TERMS } from '../../../core/search/english-terms';
import { splitWordData, type WordData } from '../../../core/search/word-data';
import { buildWordForms } from '../../../core/search/word-forms';
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
  const forms = buildWordForms(words(texts.join(' ')), (word) => !STOP_WORDS.has(word));
  return Object.entries(splitWordData(forms, ENGLISH_TERMS)).map(([letter, data]) => ({ params: { letter }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: WordData }> = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'content-type': 'application/json' } });
