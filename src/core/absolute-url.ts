/**
 * Returns the absolute URL of a site path on the site's public origin:
 * ("/profesi/x/", "https://peta.example") → "https://peta.example/profesi/x/".
 * The site is served at the root of its origin, so a path in `site` is ignored.
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
