/**
 * A minimal static file server for `dist/`, as a static host serves it: 404.html for misses, the
 * headers of `dist/_headers` (if the build has one; the hosts' default Cache-Control where it sets
 * none), so the browser enforces what a host sends, and text compressed with brotli or gzip when the
 * browser accepts it, as every host does (Lighthouse measures what a reader would download). Under a
 * base path (a build for a sub-path), the folder is served there and nothing else is, as on a
 * GitHub Pages project site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { cacheControlFor, headersFor, parseHeadersFile } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing. Pagefind's own files (`.pagefind`, `.pf_*`) are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** A running server and its base URL (`http://127.0.0.1:PORT`). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on a free loopback port, under `base` ("/peta-profesi/"; default the root). */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    let asked: string;
    try {
      asked = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      // A path with broken percent-encoding names no file; hosts answer 400.
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (!`${asked}/`.startsWith(base)) {
      // Outside the base path the host has nothing of this site, not even its 404 page.
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const path = `/${asked.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    response.setHeader('cache-control', cacheControlFor(rules, path));
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(extname(file)) ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (COMPRESSIBLE.has(extname(file))) response.setHeader('vary', 'Accept-Encoding');
    if (encoding) response.setHeader('content-encoding', encoding);
    response.writeHead(found ? 200 : 404);
    const body = createReadStream(file);
    // Brotli at quality 5, as hosts compress on the fly; 11 would be smaller but far slower.
    if (encoding === 'br') body.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })).pipe(response);
    else if (encoding === 'gzip') body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
