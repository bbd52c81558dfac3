/**
 * The ingest keeps the slug history beside its output: renames, removals, --redirect, --check, all
 * or nothing. Most runs call the ingest in-process (src/build/ingest-folder.ts, as the CLI does);
 * one test runs the CLI for its flags and exit codes.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/build/ingest-folder';
import { parseRedirectArgument, parseSlugHistory, slugRedirects, type RedirectRequest } from '../../src/core/profile/slug-history';
import { FIXTURE_SOURCES, ROOT } from '../support/paths';
import { FIXTURE } from '../support/fixture-site';

/** The fixture source whose title the tests change, and its title's slug. */
const SOURCE = '004_da34f16a75f43c9a.txt';
const SLUG = FIXTURE.meetings.slug;

describe('the slug history the ingest writes', () => {
  let dir: string;
  let sources: string;
  let out: string;
  let record: string;
  /** Runs the ingest as `npm run ingest -- [--check] [--redirect old=slug …]` would, with a cache of its own. */
  const ingest = (...flags: string[]) => {
    const redirects = flags.filter((f) => f !== '--check' && f !== '--redirect').map((f) => parseRedirectArgument(f) as RedirectRequest);
    const run = ingestFolder({ sources, out, cache: join(dir, 'cache.json'), history: record, redirects, check: flags.includes('--check') });
    return { code: run.ok ? 0 : 1, stderr: run.problems.join('\n') };
  };
  /** Runs the CLI itself. */
  const cli = (...flags: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn('npx', ['vite-node', 'scripts/ingest.ts', '--', '--sources', sources, '--out', out, '--cache', join(dir, 'cache.json'), ...flags], {
        cwd: ROOT,
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => done({ code, stderr }));
    });
  const redirects = () => Object.fromEntries(slugRedirects(parseSlugHistory(readFileSync(record, 'utf8'))));
  const retitle = (file: string, title: string) => {
    const text = readFileSync(join(sources, file), 'utf8');
    writeFileSync(join(sources, file), text.replace(/^[^\n]*/, title));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'slug-history-'));
    sources = join(dir, 'sources');
    out = join(dir, 'professions');
    record = join(dir, 'slug-history.json');
    cpSync(FIXTURE_SOURCES, sources, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("records each source's slug beside the output, and --check passes on it", () => {
    expect(ingest().code).toBe(0);
    const history = parseSlugHistory(readFileSync(record, 'utf8'));
    expect(history.sources[SOURCE]).toEqual([SLUG]);
    expect(redirects()).toEqual({});
    expect(ingest('--check').code).toBe(0);
  });

  it('keeps the old slug of a retitled source, leading to the new one; --check fails until the ingest ran', () => {
    ingest();
    retitle(SOURCE, 'Koordinator Rapat Politik');
    expect(ingest('--check').code).toBe(1);
    expect(ingest().code).toBe(0);
    expect(redirects()).toEqual({ [SLUG]: 'koordinator-rapat-politik' });
    expect(existsSync(join(out, `${SLUG}.md`))).toBe(false);
    expect(ingest('--check').code).toBe(0);
  });

  it('fails --check when only the record is out of date, and names it', () => {
    ingest();
    writeFileSync(record, readFileSync(record, 'utf8').replace(`"${SLUG}"`, '"koordinator-lain"'));
    const run = ingest('--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('slug-history.json: out of date');
  });

  it('writes nothing, the record included, when a source fails', () => {
    ingest();
    const before = readFileSync(record, 'utf8');
    retitle(SOURCE, 'Koordinator Rapat Politik');
    writeFileSync(join(sources, 'rusak.txt'), Buffer.from([0x41, 0x0a, 0xff, 0xfe]));
    expect(ingest().code).toBe(1);
    expect(readFileSync(record, 'utf8')).toBe(before);
  });

  it('lets the history follow a source renamed on disk', () => {
    ingest();
    retitle(SOURCE, 'Koordinator Rapat Politik');
    ingest();
    renameSync(join(sources, SOURCE), join(sources, 'koordinator.txt'));
    expect(ingest().code).toBe(0);
    const history = parseSlugHistory(readFileSync(record, 'utf8'));
    expect(history.sources).not.toHaveProperty(SOURCE);
    expect(history.sources['koordinator.txt']).toEqual([SLUG, 'koordinator-rapat-politik']);
  });

  it("forgets a removed source's addresses, unless --redirect points them at another profession", () => {
    ingest();
    retitle(SOURCE, 'Koordinator Rapat Politik');
    ingest();
    rmSync(join(sources, SOURCE));
    const target = FIXTURE.projects.slug;
    const refused = ingest('--redirect', `koordinator-rapat-politik=tidak-ada`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no profession has the slug "tidak-ada"');
    expect(ingest('--redirect', `koordinator-rapat-politik=${target}`).code).toBe(0);
    expect(redirects()).toEqual({ [SLUG]: target, 'koordinator-rapat-politik': target });
    expect(ingest('--check').code).toBe(0);
    // Removing the record's redirect makes the addresses 404 again.
    expect(ingest('--redirect', 'koordinator-rapat-politik=', '--redirect', `${SLUG}=`).code).toBe(0);
    expect(redirects()).toEqual({});
  });

  it('takes --redirect and --check on the command line, and keeps the record beside --out by default', async () => {
    expect((await cli()).code).toBe(0);
    expect(existsSync(record)).toBe(true);
    rmSync(join(sources, SOURCE));
    const run = await cli('--redirect', `${SLUG}=${FIXTURE.projects.slug}`, '--redirect', 'bukan slug');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--redirect bukan slug: write it as <old-slug>=<slug>');
    expect((await cli('--redirect', `${SLUG}=${FIXTURE.projects.slug}`)).code).toBe(0);
    expect(redirects()).toEqual({ [SLUG]: FIXTURE.projects.slug });
    expect((await cli('--check')).code).toBe(0);
  }, 120_000);

  it("drops a removed source's addresses when no redirect is asked for", () => {
    ingest();
    retitle(SOURCE, 'Koordinator Rapat Politik');
    ingest();
    rmSync(join(sources, SOURCE));
    expect(ingest().code).toBe(0);
    expect(redirects()).toEqual({});
  });
});
