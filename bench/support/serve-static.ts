/**
 * A minimal static file server for `dist/`, as a static host serves it: 404.html for misses, and
 * the headers of `dist/_headers` (if the build has one), so the browser enforces what a host sends.
 * Under a base path (a build for a sub-path), the folder is served there and nothing else is, as on
 * a GitHub Pages project site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file';

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
    const asked = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
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
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
