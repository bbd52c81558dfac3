import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { professionIndex } from '../../src/build/profession-index';
import { ingestSources } from '../../src/core/profile/ingest';
import { PROFESSIONS } from '../support/paths';
import { tempDir } from '../support/temp-dir';

/** What a full parse of each file's frontmatter says, for comparison. */
function fullParse(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!) as { title: string; slug: string; summary: string };
      return { title: data.title, slug: data.slug, summary: data.summary };
    });
}

describe('professionIndex', () => {
  it('reads the same title, slug and summary as a full parse of the generated files', () => {
    expect(professionIndex(PROFESSIONS)).toEqual(fullParse(PROFESSIONS));
    // None is dropped: every generated file has its entry.
    expect(professionIndex(PROFESSIONS)).toHaveLength(readdirSync(PROFESSIONS).filter((f) => f.endsWith('.md')).length);
  });

  it('reads summaries that YAML must quote or fold: colons, quotes, hashes, a long line', () => {
    const dir = tempDir('index');
    const text = [
      'Analis "Kebijakan": Publik #1',
      '',
      'Gambaran pekerjaan',
      `Analis ini bekerja: menulis 'memo', membaca #data, dan - kadang - rapat: ${'panjang sekali '.repeat(12)}selesai.`,
      'Tugas utama',
      'Menyusun laporan.',
    ].join('\n');
    const { outputs, problems } = ingestSources([{ file: 'a.txt', bytes: Buffer.from(text) }]);
    expect(problems).toEqual([]);
    for (const [file, content] of outputs) writeFileSync(join(dir, file), content);
    expect(professionIndex(dir)).toEqual(fullParse(dir));
    expect(professionIndex(dir)[0]!.summary).toContain("bekerja: menulis 'memo', membaca #data");
  });
});
