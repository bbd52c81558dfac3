/** /sitemap.xml: every indexable page (home, search, comparison, each profession) as an absolute URL. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitemapXml } from '../core/seo/discovery';
import { comparePath, homePath, professionPath, searchPath } from '../routes';
import { siteUrl } from '../site';
import { sortByTitle } from '../core/sort-by-title';

export const GET: APIRoute = async () => {
  const professions = sortByTitle((await getCollection('professions')).map((e) => e.data));
  const paths = [homePath(), searchPath(), comparePath(), ...professions.map((p) => professionPath(p.slug))];
  return new Response(sitemapXml(paths.map(siteUrl)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
