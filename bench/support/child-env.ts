/**
 * The environment for the builds that scripts and benches start. vite-node, which runs them, sets
 * NODE_ENV=development; a child `astro build` would inherit it and build with
 * `import.meta.env.PROD` false (no service worker registered, so the offline test failed in
 * `npm run test:other-content` and Lighthouse measured a page without it).
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_ENV;
  return env;
}
