/** Reading which version of a package is installed, for cache keys that must change on upgrades. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Returns the installed version of a package (read from its package.json wherever Node would find it). */
export function installedVersion(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    const manifest = join(dir, name, 'package.json');
    if (existsSync(manifest)) return String(JSON.parse(readFileSync(manifest, 'utf8')).version);
  }
  throw new Error(`package ${name} is not installed`);
}
