/** /robots.txt: everything may be crawled; the sitemap lists the pages. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../core/seo/discovery';
import { sitemapPath } from '../routes';
import { siteUrl } from '../site';

export const GET: APIRoute = () => new Response(robotsTxt(siteUrl(sitemapPath())), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
