/** Folders of the repository, for tests. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The real site: whatever texts content/ holds today. Tests of it derive what they expect from there. */
export const SOURCES = `${ROOT}content/sources`;
export const PROFESSIONS = `${ROOT}content/professions`;
export const DIST = `${ROOT}dist`;
/** Every slug each source has had, kept by the ingest: old addresses redirect (src/core/profile/slug-history.ts). */
export const SLUG_HISTORY = `${ROOT}content/slug-history.json`;
/** Parser cases: tests/fixtures/<case>/{input.txt, expected.json}. */
export const FIXTURES = `${ROOT}tests/fixtures`;
/**
 * The fixture site: frozen texts (the five seed profiles, copied) built by `npm run build:fixture`.
 * Tests of specific behaviour (a search's first result, a comparison, a renamed address) run here.
 */
export const FIXTURE_SITE = `${ROOT}tests/fixture-site`;
export const FIXTURE_SOURCES = `${FIXTURE_SITE}/content/sources`;
export const FIXTURE_PROFESSIONS = `${FIXTURE_SITE}/content/professions`;
export const FIXTURE_DIST = `${FIXTURE_SITE}/dist`;
export const FIXTURE_SLUG_HISTORY = `${FIXTURE_SITE}/content/slug-history.json`;
/**
 * The fixture site built for a sub-path (`npm run build:fixture:sub`, SITE_URL with this path), as a
 * GitHub Pages project site is served: every address must carry the base path.
 */
export const FIXTURE_SUB_DIST = `${FIXTURE_SITE}/dist-sub`;
/** The base path of that build (the path of its SITE_URL in package.json). */
export const SUB_PATH = '/peta-profesi/';
