/**
 * The dev server's ingest: sources that pass are written, a source with a problem keeps the file it
 * last generated, and nothing is half-written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/build/ingest-folder';
import { ingestKeepingGood } from '../../src/build/ingest-keep-good';
import { FIXTURE_SOURCES } from '../support/paths';
import { FIXTURE } from '../support/fixture-site';

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
/** A text that is not UTF-8 on its line 2. */
const BROKEN = Buffer.from([0x41, 0x0a, 0xff, 0xfe]);
const KOORDINATOR = '004_da34f16a75f43c9a.txt';

describe('ingestKeepingGood', () => {
  let work: string;
  let sources: string;
  let out: string;
  let cache: string;
  const run = () => ingestKeepingGood({ sources, out, cache });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'keep-good-'));
    sources = join(work, 'sources');
    out = join(work, 'professions');
    cache = join(work, 'ingest.json');
    cpSync(FIXTURE_SOURCES, sources, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('writes what the all-or-nothing ingest writes when every source passes, and then nothing', () => {
    const first = run();
    expect(first).toMatchObject({ problems: [], kept: [], removed: [], parsed: 5, recalled: 0 });
    expect(first.written).toHaveLength(5);
    const strict = join(work, 'strict');
    expect(ingestFolder({ sources, out: strict }).ok).toBe(true);
    expect(snapshot(out)).toEqual(snapshot(strict));
    expect(run()).toMatchObject({ written: [], removed: [], parsed: 0, recalled: 5 });
  });

  it('writes the sources that pass and keeps the last good file of one that fails', () => {
    run();
    const before = snapshot(out);
    const koordinator = readFileSync(join(sources, KOORDINATOR), 'utf8');
    writeFileSync(join(sources, KOORDINATOR), Buffer.concat([Buffer.from(`${koordinator}\nKalimat baru `), BROKEN]));
    const first = readdirSync(sources).sort()[0]!;
    writeFileSync(join(sources, first), readFileSync(join(sources, first), 'utf8').replace('melibatkan', 'melibatkan juga'));

    const result = run();
    const line = `${koordinator}\n`.split('\n').length + 1;
    expect(result.problems).toEqual([{ file: KOORDINATOR, line, message: 'the file is not valid UTF-8: save it as UTF-8' }]);
    expect(result.kept).toEqual([`${FIXTURE.meetings.slug}.md`]);
    expect(result).toMatchObject({ removed: [], parsed: 2, recalled: 3 });
    expect(result.written).toHaveLength(1);
    const after = snapshot(out);
    expect(after[`${FIXTURE.meetings.slug}.md`]).toBe(before[`${FIXTURE.meetings.slug}.md`]);
    expect(after[result.written[0]!]).toContain('melibatkan juga');
    // Only the generated files: no staging folder left behind.
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    // Fixed: the page follows its text again.
    writeFileSync(join(sources, KOORDINATOR), `${koordinator}\nPekerjaan ini juga menuntut ketelitian.\n`);
    expect(run()).toMatchObject({ problems: [], kept: [], written: [`${FIXTURE.meetings.slug}.md`] });
    expect(readFileSync(join(out, `${FIXTURE.meetings.slug}.md`), 'utf8')).toContain('menuntut ketelitian');
  });

  it('gives a new text with a problem no page, and removes the page of a deleted or renamed text', () => {
    run();
    writeFileSync(join(sources, 'rusak.txt'), BROKEN);
    unlinkSync(join(sources, '000_80523f8a7c8d193d.txt'));
    writeFileSync(
      join(sources, KOORDINATOR),
      readFileSync(join(sources, KOORDINATOR), 'utf8').replace('Koordinator Pertemuan Politik\n', 'Koordinator Rapat Politik\n'),
    );

    const result = run();
    expect(result.problems.map(({ file, line }) => `${file}:${line}`)).toEqual(['rusak.txt:2']);
    expect(result.kept).toEqual([]);
    expect(result.written).toEqual(['koordinator-rapat-politik.md']);
    expect(result.removed.sort()).toEqual([`${FIXTURE.policyUnit.slug}.md`, `${FIXTURE.meetings.slug}.md`]);
    expect(readdirSync(out)).toHaveLength(4);
  });

  it('keeps the last good file of a text whose new title clashes with another', () => {
    run();
    const before = snapshot(out);
    // 004 takes the title of 002: 002 comes first, so 004 is the one that fails.
    writeFileSync(
      join(sources, KOORDINATOR),
      readFileSync(join(sources, KOORDINATOR), 'utf8').replace('Koordinator Pertemuan Politik\n', 'Pejabat Pemerintah di Kementerian Luar Negeri\n'),
    );
    const result = run();
    expect(result.problems).toEqual([
      expect.objectContaining({ file: KOORDINATOR, message: expect.stringContaining('already used by 002_cf2e344002910f3d.txt') }),
    ]);
    expect(result.kept).toEqual([`${FIXTURE.meetings.slug}.md`]);
    expect(snapshot(out)).toEqual(before);
  });

  it('keeps the page of the source that published a slug when a newcomer sorting before it takes its title', () => {
    run();
    const before = snapshot(out);
    writeFileSync(join(sources, '000_aaa.txt'), readFileSync(join(sources, KOORDINATOR), 'utf8').replace('melibatkan', 'juga melibatkan'));
    const result = run();
    expect(result.problems).toEqual([expect.objectContaining({ file: '000_aaa.txt', message: expect.stringContaining(`already used by ${KOORDINATOR}`) })]);
    expect(result).toMatchObject({ written: [], removed: [] });
    expect(snapshot(out)).toEqual(before);
  });

  it('reports an entry of the folder that cannot be read as a problem of that file, keeping its page, and ignores a note', () => {
    run();
    const before = snapshot(out);
    unlinkSync(join(sources, KOORDINATOR));
    symlinkSync(join(work, 'nowhere.txt'), join(sources, KOORDINATOR));
    writeFileSync(join(sources, 'catatan.md'), 'Bukan teks profesi.\n');
    const result = run();
    expect(result.problems).toEqual([{ file: KOORDINATOR, line: 1, message: expect.stringContaining('which does not exist') }]);
    expect(result.warnings).toEqual([expect.stringMatching(/^catatan\.md:1: ignored/)]);
    expect(result).toMatchObject({ kept: [`${FIXTURE.meetings.slug}.md`], written: [], removed: [] });
    expect(snapshot(out)).toEqual(before);
  });

  it('writes and removes nothing when the folder has no source at all', () => {
    run();
    const before = snapshot(out);
    for (const file of readdirSync(sources)) unlinkSync(join(sources, file));
    expect(run()).toMatchObject({ folderProblem: `${sources}: no .txt sources found`, written: [], removed: [] });
    expect(snapshot(out)).toEqual(before);
  });
});
