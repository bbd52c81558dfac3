/** `npm run bench:search`: the search figures alone, against the dist/ already built. */
import { fileURLToPath } from 'node:url';
import { benchSearchOnDist } from './search';

await benchSearchOnDist(fileURLToPath(new URL('../../dist', import.meta.url)));
