/**
 * Returns the absolute URL of a site path on the site's public origin:
 * ("/profesi/x/", "https://peta.example") → "https://peta.example/profesi/x/".
 * Site paths already carry the base path (src/core/routes.ts), so a path in `site` is not added twice.
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
