/**
 * The Vite plugin that serves `virtual:design-tokens.css`: the colours of src/core/design-tokens.ts
 * as CSS custom properties (why a virtual module, and not an `@import` in global.css: see there).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { tokensCss } from '../core/design-tokens';

/** What a stylesheet or page imports to get the tokens. */
export const TOKENS_MODULE = 'virtual:design-tokens.css';
// Vite's convention for virtual modules; the .css ending makes Vite treat it as a stylesheet.
const RESOLVED = `\0${TOKENS_MODULE}`;
const TOKENS_FILE = fileURLToPath(new URL('../core/design-tokens.ts', import.meta.url));

/** Returns the plugin; list it in `vite.plugins`. */
export function designTokensCss(): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'peta-profesi:design-tokens-css',
    // One plugin object serves every Vite instance Astro starts, and `astro build` starts a
    // short-lived server (content sync) before building: a build must not use that closed server.
    configResolved(config) {
      if (config.command === 'build') server = undefined;
    },
    configureServer(devServer) {
      server = devServer;
    },
    resolveId(id) {
      return id === TOKENS_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      // The dev server also asks for `…?inline` (the stylesheet as a string, which it puts in the page).
      if (id.replace(/\?.*$/, '') !== RESOLVED) return undefined;
      this.addWatchFile(TOKENS_FILE);
      // In `astro dev` the tokens may have been saved since astro.config loaded them: ask the server.
      if (!server) return tokensCss();
      return ((await server.ssrLoadModule(TOKENS_FILE)) as typeof import('../core/design-tokens')).tokensCss();
    },
    // Saving the tokens: Vite does not know the stylesheet depends on them, so it is told here —
    // the served copy and the copy Astro puts in pages are dropped, and open pages get the new one.
    handleHotUpdate({ file, server: devServer, modules }) {
      if (file !== TOKENS_FILE) return undefined;
      const stylesheets = [RESOLVED, `${RESOLVED}?inline`].flatMap((id) => devServer.moduleGraph.getModuleById(id) ?? []);
      for (const stylesheet of stylesheets) devServer.moduleGraph.invalidateModule(stylesheet);
      return [...modules, ...stylesheets];
    },
  };
}
