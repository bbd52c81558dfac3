/**
 * The live-preview integration's parts without a server: how problems are located and shown, and
 * that only `astro dev` ingests (the build keeps its all-or-nothing ingest).
 * tests/e2e/dev-preview.test.ts drives it in a real `astro dev`.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { contentPaths } from '../../../src/build/content-paths';
import { locateProblems, problemLine, problemOverlay, sourceFrame, sourceWatch } from '../../../src/build/integrations/source-watch';
import { FIXTURE_SOURCES } from '../../support/paths';
import { FIXTURE } from '../../support/fixture-site';

type Hooks = Required<AstroIntegration['hooks']>;

describe('locateProblems', () => {
  const run = { problems: [{ file: 'a.txt', line: 3, message: 'no title' }] };

  it('names a source by its path from the working folder, or in full when outside it', () => {
    const [inside] = locateProblems(run, '/work/site/content/sources', '/work/site');
    expect(problemLine(inside!)).toBe('content/sources/a.txt:3: no title');
    expect(inside!.file).toBe('/work/site/content/sources/a.txt');
    const [outside] = locateProblems(run, '/tmp/x/sources', '/work/site');
    expect(problemLine(outside!)).toBe('/tmp/x/sources/a.txt:3: no title');
  });
});

describe('problemOverlay', () => {
  const problems = [
    { path: 'sources/a.txt', file: '/s/a.txt', line: 2, message: 'title "<b>Analis</b>" gives slug "analis", already used by b.txt' },
    { path: 'sources/c.txt', file: '/s/c.txt', line: 1, message: 'no title' },
  ];

  it('lists every problem as file:line, with the words of a text kept as text', () => {
    const { err } = problemOverlay(problems);
    expect(err.title).toBe('2 teks sumber bermasalah');
    expect(err.message).toBe(
      'sources/a.txt:2: title &quot;&lt;b&gt;Analis&lt;/b&gt;&quot; gives slug &quot;analis&quot;, already used by b.txt\nsources/c.txt:1: no title',
    );
    expect(err.stack).toBe('sources/a.txt:2: title "<b>Analis</b>" gives slug "analis", already used by b.txt\nsources/c.txt:1: no title');
    expect(err.loc).toEqual({ file: '/s/a.txt', line: 2, column: 0 });
    expect(err.highlightedCode).toBeUndefined();
  });

  it("shows the first problem's text with its line marked", () => {
    const { err } = problemOverlay(problems, 'Analis\n<b>Analis</b>\nTeks.');
    expect(err.highlightedCode).toBe(
      '<pre class="shiki"><code><span class="line">Analis</span>\n<span class="line error-line">&lt;b&gt;Analis&lt;/b&gt;</span>\n<span class="line">Teks.</span></code></pre>',
    );
    expect(sourceFrame('x'.repeat(200_000), 1)).toBeUndefined();
  });
});

describe('sourceWatch', () => {
  let work: string | undefined;
  afterEach(() => work && rmSync(work, { recursive: true, force: true }));

  it('ingests when `astro dev` starts, and not for any other command', async () => {
    work = mkdtempSync(join(tmpdir(), 'source-watch-'));
    const content = contentPaths(join(work, 'content'));
    cpSync(FIXTURE_SOURCES, content.sources, { recursive: true });
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
    const config = { cacheDir: pathToFileURL(join(work, 'cache/')) };
    const setup = (command: string) => (sourceWatch(content).hooks as Hooks)['astro:config:setup']({ command, config, logger } as never);

    for (const command of ['build', 'preview', 'sync']) await setup(command);
    expect(existsSync(content.professions)).toBe(false);

    await setup('dev');
    expect(readdirSync(content.professions)).toHaveLength(5);
    expect(existsSync(join(work, 'cache/peta-profesi/ingest.json'))).toBe(true);
    expect(logged).toEqual([expect.stringMatching(new RegExp(`^ingest \\(5 parsed, 0 unchanged\\): .*${FIXTURE.meetings.slug}\\.md written`))]);
  });
});
