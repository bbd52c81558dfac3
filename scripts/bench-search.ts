/**
 * `npm run bench:search`: the search figures alone, against the fixture site already built
 * (`npm run build:fixture`): tests/search/queries.json is about its frozen texts.
 */
import { fileURLToPath } from 'node:url';
import { benchSearchOnDist } from '../bench/search';

await benchSearchOnDist(fileURLToPath(new URL('../tests/fixture-site/dist', import.meta.url)));
