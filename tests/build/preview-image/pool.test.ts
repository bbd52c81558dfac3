import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { professionCard } from '../../../src/core/preview-card';
import { renderCardFiles } from '../../../src/build/preview-image/pool';
import { pngSize } from '../../support/png';
import { tempDir } from '../../support/temp-dir';

describe('renderCardFiles', () => {
  it('writes each card to its file as a 1200×630 PNG, in several processes, leaving no temporary files', async () => {
    const dir = tempDir('cards');
    const titles = ['Diplomat', 'Analis Kebijakan', 'Konsultan Politik', 'Staf Protokol', 'Peneliti'];
    await renderCardFiles(
      titles.map((title) => ({ card: professionCard({ title, summary: `${title} bekerja dengan banyak orang.` }), file: join(dir, `${title}.png`) })),
      2,
    );
    expect(readdirSync(dir).sort()).toEqual(titles.map((t) => `${t}.png`).sort());
    for (const title of titles) expect(pngSize(join(dir, `${title}.png`))).toEqual({ png: true, width: 1200, height: 630 });
    expect(new Set(titles.map((t) => readFileSync(join(dir, `${t}.png`)).toString('base64'))).size).toBe(titles.length);
  });

  it('rejects with an error naming the file it could not write', async () => {
    const file = join(tempDir('cards'), 'missing-folder', 'card.png');
    await expect(renderCardFiles([{ card: professionCard({ title: 'Diplomat', summary: 'Ringkas.' }), file }], 1)).rejects.toThrow(file);
  });
});
