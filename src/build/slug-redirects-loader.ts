/**
 * A content loader of the old addresses: one entry per old slug (its id), whose `to` is the current
 * slug it leads to, read from the content set's slug history (src/build/slug-history-file.ts).
 * In dev, a change of the record (an ingest) reloads them.
 */
import type { Loader } from 'astro/loaders';
import { readSlugRedirects } from './slug-history-file';

export function slugRedirectsLoader(path: string): Loader {
  return {
    name: 'slug-redirects',
    load: async ({ store, parseData, watcher }) => {
      const sync = async () => {
        store.clear();
        for (const [from, to] of readSlugRedirects(path)) store.set({ id: from, data: await parseData({ id: from, data: { to } }) });
      };
      await sync();
      watcher?.add(path);
      const onChange = (changed: string) => {
        if (changed === path) void sync();
      };
      watcher?.on('change', onChange);
      watcher?.on('add', onChange);
      watcher?.on('unlink', onChange);
    },
  };
}
