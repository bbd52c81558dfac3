/**
 * Writes N synthetic profession texts (for benchmarks) into a folder outside content/sources:
 *   npm run generate -- --count 1000 --out /tmp/texts [--seed 1]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateTexts } from '../bench/support/generate-texts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = join(root, 'content/sources');
// The frozen seed texts of the fixture site, so the same arguments always give the same texts.
const seedDir = join(root, 'tests/fixture-site/content/sources');
const { values } = parseArgs({
  options: { count: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.out) throw new Error('--out DIR is required');
const out = resolve(values.out);
if (out.startsWith(resolve(sources))) throw new Error('generated texts never go into content/sources');

const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(join(seedDir, file), 'utf8') }));
mkdirSync(out, { recursive: true });
const texts = generateTexts(seeds, Number(values.count), Number(values.seed));
for (const { file, text } of texts) writeFileSync(join(out, file), text);
console.log(`${texts.length} texts written to ${out}`);
