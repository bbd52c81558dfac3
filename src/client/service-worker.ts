/**
 * The service worker (built to dist/sw.js by src/build/integrations/service-worker.ts, which defines
 * `__OFFLINE_PLAN__`): keeps the shell and every page a reader opened, so they open again offline.
 * Pages and files whose names do not change go to the network first, so a new deploy shows at once
 * when online; fingerprinted files come from the cache, since their names change with their content.
 * The decisions are in src/core/offline/plan.ts.
 */
import { cacheNames, dataFor, isOldShell, pagefindStartFiles, strategyFor, type OfflinePlan } from '../core/offline/plan';

// The service worker's own globals, which the DOM types the rest of src/client uses do not have.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

declare const __OFFLINE_PLAN__: OfflinePlan;
const plan = __OFFLINE_PLAN__;
const worker = self as unknown as WorkerScope;
const names = cacheNames(plan.version);

/** Fetches each address and keeps the answer; one that fails is skipped, so one missing file never blocks installing. */
async function keep(cacheName: string, paths: readonly string[]): Promise<void> {
  const cache = await caches.open(cacheName);
  await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetch(path, { cache: 'no-cache' });
        if (response.ok) await cache.put(path, response);
      } catch {
        // Offline or gone: the file is fetched (and kept) when a page asks for it.
      }
    }),
  );
}

/** Pagefind's entry file names the rest of its start files (they exist only after the build's Pagefind step). */
async function pagefindFiles(): Promise<string[]> {
  try {
    const response = await fetch(`${plan.pagefindFolder}pagefind-entry.json`, { cache: 'no-cache' });
    return pagefindStartFiles(response.ok ? await response.json() : null, plan.pagefindFolder);
  } catch {
    return [];
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all([keep(names.shell, plan.shell), keep(names.files, plan.assets), pagefindFiles().then((files) => keep(names.shell, files))]);
      // The new deploy takes over at once: its pages come from the network anyway, and its shell is complete.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => isOldShell(name, plan.version));
      await Promise.all(old.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

/** The kept copy of a request from any of the caches; pages are kept without their query (`?q=`, `?sorot=`). */
const kept = (request: Request | string, ignoreSearch = false) => caches.match(request, { ignoreSearch });

/** Network first; keeps a good answer under `key`; the kept copy when the network fails. */
async function networkFirst(request: Request, cacheName: string, key: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(cacheName)).put(key, response.clone());
    return response;
  } catch (error) {
    const copy = await kept(key);
    if (copy) return copy;
    throw error;
  }
}

async function page(event: FetchEvent, url: URL): Promise<Response> {
  const key = url.pathname;
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      const pages = await caches.open(names.pages);
      await pages.put(key, response.clone());
      // A profession page opened is also comparable offline: its comparison data is kept with it.
      const data = dataFor(key, plan);
      if (data) event.waitUntil(networkFirst(new Request(data), names.pages, data).catch(() => undefined));
    }
    return response;
  } catch {
    return (await kept(key, true)) ?? (await kept(plan.offlinePage)) ?? Response.error();
  }
}

async function fingerprinted(request: Request, path: string): Promise<Response> {
  const copy = await kept(path);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(names.files)).put(path, response.clone());
  return response;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !request.url.startsWith(worker.registration.scope)) return;
  const strategy = strategyFor(url.pathname, request.mode === 'navigate', plan);
  if (strategy === 'page') event.respondWith(page(event, url));
  else if (strategy === 'fingerprinted') event.respondWith(fingerprinted(request, url.pathname));
  else if (strategy === 'fresh-kept') event.respondWith(networkFirst(request, names.pages, url.pathname));
});
