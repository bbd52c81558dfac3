/**
 * Odd entries of the sources folder, built in a temporary folder, through the ingest script: each
 * gets one `file:line: problem` line a writer can act on (or a warning), a problem exits 1 and leaves
 * the output untouched, and nothing ever prints a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/build/ingest-folder';
import { FIXTURE_SOURCES, ROOT } from '../support/paths';

const text = (title: string) => `${title}\n\nPekerjaan sebagai ${title.toLowerCase()} melibatkan banyak rapat.\n\nTugas utama meliputi menulis laporan.\n`;

interface Case {
  name: string;
  /** Adds the odd entry to `sources`; `outside` is a folder beside it, outside the sources. */
  add: (sources: string, outside: string) => void;
  /** Exit code of the second run. */
  code: 0 | 1;
  /** Every `file:line: …` line the run prints (problems and warnings), exactly; `OUTSIDE` stands for the outside folder. */
  lines: string[];
}

const cases: Case[] = [
  {
    name: 'a folder named like a text',
    add: (sources) => mkdirSync(join(sources, 'draf.txt')),
    code: 1,
    lines: ['draf.txt:1: this is a folder, not a text file: rename it so that its name does not end in ".txt", or move it out of the sources folder'],
  },
  {
    name: 'a link to a file that does not exist',
    add: (sources) => symlinkSync('hilang.txt', join(sources, 'tautan.txt')),
    code: 1,
    lines: ['tautan.txt:1: the file is a link to "hilang.txt", which does not exist: put the text itself in tautan.txt, or remove the link'],
  },
  {
    name: 'a link to a file outside the sources folder',
    add: (sources, outside) => {
      writeFileSync(join(outside, 'rahasia.txt'), text('Analis Rahasia'));
      symlinkSync(join(outside, 'rahasia.txt'), join(sources, 'rahasia.txt'));
    },
    code: 1,
    lines: [
      'rahasia.txt:1: the file is a link to "OUTSIDE/rahasia.txt", outside the sources folder; only links to files inside it are followed: copy the text into rahasia.txt instead',
    ],
  },
  {
    name: 'a title too long for a file name',
    add: (sources) => writeFileSync(join(sources, 'panjang.txt'), text(`Koordinator${'pertemuan'.repeat(27)}`)),
    code: 1,
    lines: [
      `panjang.txt:1: the title is 254 characters long ("Koordinatorpertemuanpertemuanpertemuanpe…"); a title may have at most 100, since it names the page and its address: shorten it, or put a shorter title on the first line`,
    ],
  },
  {
    name: 'files that look meant as sources, a system file, and a link inside the folder',
    add: (sources) => {
      writeFileSync(join(sources, 'Juru Bicara.TXT'), text('Juru Bicara'));
      writeFileSync(join(sources, 'notes.md'), '# catatan\n');
      writeFileSync(join(sources, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
      mkdirSync(join(sources, 'arsip'));
      writeFileSync(join(sources, 'arsip', 'atase.txt'), text('Atase Pers'));
      symlinkSync(join('arsip', 'atase.txt'), join(sources, 'atase.txt'));
    },
    code: 0,
    lines: [
      'Juru Bicara.TXT:1: ignored: a source\'s name must end in ".txt" in lower case: rename it to "Juru Bicara.txt"',
      'arsip/:1: ignored: sub-folders are not read; move the .txt files in it up into SOURCES to publish them',
      'notes.md:1: ignored: only .txt files are sources; to publish it, save it as plain text with a name ending in ".txt"',
    ],
  },
];

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('npm run ingest with odd entries in the sources folder', () => {
  let temp: string | undefined;
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
    temp = undefined;
  });

  it.each(cases)(
    '$name',
    ({ add, code, lines }) => {
      temp = realpathSync(mkdtempSync(join(tmpdir(), 'ingest-odd-')));
      const sources = join(temp, 'sources');
      const out = join(temp, 'professions');
      const outside = join(temp, 'outside');
      mkdirSync(sources);
      mkdirSync(outside);
      const [first] = readdirSync(FIXTURE_SOURCES)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      copyFileSync(join(FIXTURE_SOURCES, first!), join(sources, first!));
      const ingest = () =>
        spawnSync('npx', ['vite-node', 'scripts/ingest.ts', '--', '--sources', sources, '--out', out, '--cache', join(temp!, 'cache.json')], {
          cwd: ROOT,
          encoding: 'utf8',
        });
      // The first run in-process (quicker than the script), the second through the script.
      expect(ingestFolder({ sources, out, cache: join(temp, 'cache.json') }).ok).toBe(true);
      const before = snapshot(out);

      add(sources, outside);
      const run = ingest();
      const printed = `${run.stdout}\n${run.stderr}`;
      expect(printed).not.toContain('    at ');
      expect(run.status).toBe(code);
      const located = run.stderr.split('\n').filter((line) => /^[^:]+:\d+: /.test(line));
      expect(located).toEqual(lines.map((line) => line.replace('OUTSIDE', outside).replace('SOURCES', sources)));
      if (code === 1) {
        expect(run.stderr).toContain('nothing was written');
        expect(snapshot(out)).toEqual(before);
      }
    },
    120_000,
  );

  it('blames the newcomer of a slug clash: the file that does not publish the slug yet, read from the output', () => {
    temp = realpathSync(mkdtempSync(join(tmpdir(), 'ingest-odd-')));
    const sources = join(temp, 'sources');
    const out = join(temp, 'professions');
    mkdirSync(sources);
    writeFileSync(join(sources, 'zeta.txt'), text('Analis Data'));
    expect(ingestFolder({ sources, out }).ok).toBe(true);
    const before = snapshot(out);
    // The newcomer's name sorts first: blaming the later file name would blame the old text.
    writeFileSync(join(sources, 'alpha.txt'), text('ANALIS DATA'));
    const run = ingestFolder({ sources, out });
    expect(run.ok).toBe(false);
    expect(run.problems).toEqual([
      'alpha.txt:1: title "Analis Data" gives slug "analis-data", already used by zeta.txt (line 1: "Analis Data"): give this text another title',
    ]);
    expect(snapshot(out)).toEqual(before);
  });
});
