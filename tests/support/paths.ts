/** Folders of the repository, for tests. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCES = `${ROOT}content/sources`;
export const PROFESSIONS = `${ROOT}content/professions`;
export const DIST = `${ROOT}dist`;
export const FIXTURES = `${ROOT}tests/fixtures`;
