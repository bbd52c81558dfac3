/**
 * The ingest at the edge: atomic writes, unchanged files and sources (in process, through
 * ingestFolder), and the CLI's exit codes, messages and --check (spawned, as a writer runs it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/build/ingest-folder';
import { FIXTURE_SOURCES, PROFESSIONS, ROOT, SOURCES } from '../support/paths';

function ingest(sources: string, out: string, ...flags: string[]) {
  // A cache beside the output, so that the site's own cache is left alone.
  const cache = join(out, '..', 'ingest-cache.json');
  const run = spawnSync('npx', ['vite-node', 'scripts/ingest.ts', '--', '--sources', sources, '--out', out, '--cache', cache, ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same run in process (a CLI start-up costs seconds): the summary line the CLI would print. */
function ingestHere(sources: string, out: string, { cache = true } = {}) {
  const run = ingestFolder({ sources, out, cache: cache ? join(out, '..', 'ingest-cache.json') : undefined });
  return { code: run.ok ? 0 : 1, stdout: run.summary };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('npm run ingest', () => {
  let dir: string;
  let sources: string;
  let out: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    sources = join(dir, 'sources');
    out = join(dir, 'professions');
    cpSync(FIXTURE_SOURCES, sources, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per source, and a second run rewrites none', () => {
    expect(ingestHere(sources, out).code).toBe(0);
    expect(readdirSync(out)).toHaveLength(readdirSync(sources).length);
    const mtimes = readdirSync(out).map((f) => statSync(join(out, f)).mtimeMs);
    const again = ingestHere(sources, out);
    expect(again.stdout).toContain('0 written');
    expect(readdirSync(out).map((f) => statSync(join(out, f)).mtimeMs)).toEqual(mtimes);
  });

  it('parses again only the sources that changed since the last run', () => {
    expect(ingestHere(sources, out).stdout).toMatch(/\(5 parsed, 0 unchanged\)/);
    expect(ingestHere(sources, out).stdout).toMatch(/\(0 parsed, 5 unchanged\), 0 written/);
    const [first] = readdirSync(sources).sort();
    writeFileSync(join(sources, first!), `${readFileSync(join(sources, first!), 'utf8')}\nPekerjaan ini juga menuntut ketelitian.\n`);
    expect(ingestHere(sources, out).stdout).toMatch(/\(1 parsed, 4 unchanged\), 1 written/);
    expect(ingestHere(sources, out, { cache: false }).stdout).toMatch(/\(5 parsed, 0 unchanged\), 0 written/);
  });

  it('writes what is checked in under content/professions from the texts of content/sources', () => {
    cpSync(SOURCES, sources, { recursive: true, force: true });
    for (const file of readdirSync(sources)) if (!readdirSync(SOURCES).includes(file)) rmSync(join(sources, file));
    ingestHere(sources, out);
    expect(snapshot(out)).toEqual(snapshot(PROFESSIONS));
  });

  it('exits non-zero on a bad source, names file and line, and leaves earlier output untouched', () => {
    ingest(sources, out);
    const before = snapshot(out);
    writeFileSync(join(sources, '000_80523f8a7c8d193d.txt'), 'Ganti judul\n\nTugas utama meliputi menulis.\n');
    writeFileSync(join(sources, 'rusak.txt'), Buffer.from([0x41, 0x0a, 0xff, 0xfe]));
    const run = ingest(sources, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rusak.txt:2: the file is not valid UTF-8');
    expect(run.stderr).toContain('nothing was written');
    expect(snapshot(out)).toEqual(before);
  });

  it('--check exits non-zero when the output is stale, and zero when it is current', () => {
    ingest(sources, out);
    expect(ingest(sources, out, '--check').code).toBe(0);
    writeFileSync(join(sources, 'baru.txt'), 'Analis Data\n\nPekerjaan sebagai analis data melibatkan statistik.\n');
    const run = ingest(sources, out, '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('analis-data.md: out of date');
  });

  it('--report prints each title, its origin and the section counts', () => {
    const run = ingest(sources, out, '--report');
    expect(run.stdout).toContain('title: Koordinator Pertemuan Politik — title line (line 1)');
    expect(run.stdout).toMatch(/Jurusan kuliah yang mendukung\s+0 sentence\(s\), 10 item\(s\)/);
    expect(run.stdout).toContain('unrecognised: 0');
  });
});
