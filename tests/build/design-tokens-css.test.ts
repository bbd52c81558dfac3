import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { designTokensCss, TOKENS_MODULE } from '../../src/build/design-tokens-css';
import { tokensCss } from '../../src/core/design-tokens';

/** Calls a Vite hook the way a build does (no dev server), collecting the files it asks to watch. */
async function call(hook: unknown, ...args: unknown[]): Promise<{ result: unknown; watched: string[] }> {
  const watched: string[] = [];
  type Hook = (this: unknown, ...args: unknown[]) => unknown;
  const fn = (typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler) as Hook;
  const result = await fn.call({ addWatchFile: (file: string) => watched.push(file) }, ...args);
  return { result, watched };
}

describe('designTokensCss', () => {
  it('serves the tokens stylesheet under its virtual name, and watches the tokens module', async () => {
    const plugin = designTokensCss();
    const { result: id } = await call(plugin.resolveId, TOKENS_MODULE, undefined, {});
    expect(id).toBe(`\0${TOKENS_MODULE}`);
    const { result: css, watched } = await call(plugin.load, id, {});
    expect(css).toBe(tokensCss());
    expect(watched).toEqual([expect.stringMatching(/src\/core\/design-tokens\.ts$/)]);
  });

  it('drops the served stylesheets when the tokens are saved, so the dev server sends the new ones', async () => {
    const plugin = designTokensCss();
    const served = new Map([`\0${TOKENS_MODULE}`, `\0${TOKENS_MODULE}?inline`].map((id) => [id, { id }]));
    const invalidated: unknown[] = [];
    const moduleGraph = { getModuleById: (id: string) => served.get(id), invalidateModule: (mod: unknown) => invalidated.push(mod) };
    const layout = { id: '/src/core/design-tokens.ts' };
    const { result } = await call(plugin.handleHotUpdate, {
      file: fileURLToPath(new URL('../../src/core/design-tokens.ts', import.meta.url)),
      server: { moduleGraph },
      modules: [layout],
    });
    expect(invalidated).toEqual([...served.values()]);
    expect(result).toEqual([layout, ...served.values()]);
    expect((await call(plugin.handleHotUpdate, { file: '/elsewhere.ts', server: { moduleGraph }, modules: [] })).result).toBeUndefined();
  });

  it('leaves other modules to Vite', async () => {
    const plugin = designTokensCss();
    expect((await call(plugin.resolveId, './global.css', undefined, {})).result).toBeUndefined();
    expect((await call(plugin.load, '/src/styles/global.css', {})).result).toBeUndefined();
  });
});
