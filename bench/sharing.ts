/** Bench figures of sharing: preview image sizes, and relatedness time as the list grows (it must stay near-linear). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { relatedProfessions } from '../src/core/related';
import type { Report } from './report';

const kb = (n: number) => (n / 1024).toFixed(1);

/** Reports the preview images' average size and relatedness timings on synthetic lists. */
export function printSharing(dist: string, report: Report): void {
  const ogDir = join(dist, 'og');
  const ogFiles = readdirSync(ogDir).filter((f) => f.endsWith('.png'));
  const ogBytes = ogFiles.reduce((sum, f) => sum + statSync(join(ogDir, f)).size, 0);
  report.note(`Preview images: ${ogFiles.length} PNGs, ${kb(ogBytes / Math.max(1, ogFiles.length))} KB each on average.`);

  const vocabulary = 'analis kebijakan politik luar negeri diplomasi proyek kerjasama internasional media hukum ekonomi data riset publik'.split(' ');
  const synthetic = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      slug: `p${i}`,
      title: `Profesi ${vocabulary[i % vocabulary.length]} ${vocabulary[(i * 7) % vocabulary.length]} ${i}`,
      majors: [`Jurusan ${i % 40}`, `Jurusan ${(i * 3) % 40}`],
      text: `Berbeda dengan profesi ${vocabulary[(i * 5) % vocabulary.length]} ${vocabulary[(i * 3) % vocabulary.length]} ${(i * 11) % n}. `.repeat(40),
    }));
  // One untimed run first, so the first size does not pay for the JIT's warm-up.
  relatedProfessions(synthetic(500));
  const rows: Record<string, { time: string }> = {};
  for (const n of [500, 1000, 2000, 4000]) {
    const items = synthetic(n);
    const start = performance.now();
    relatedProfessions(items);
    rows[`${n} professions`] = { time: `${(performance.now() - start).toFixed(0)} ms` };
  }
  report.table('Related professions, synthetic lists (time should grow about linearly)', rows, 'list');
}
