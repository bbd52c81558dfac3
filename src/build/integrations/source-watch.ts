/**
 * Live preview for writers, `astro dev` only. The texts of content/sources (or CONTENT_DIR) are
 * ingested when the server starts and again shortly after any `.txt` is saved, added or deleted
 * (src/build/ingest-keep-good.ts, with a cache: only the changed text is parsed). The generated
 * Markdown changes, Astro's glob loader picks it up and the open page reloads.
 *
 * A text with a problem does not stop the others: each problem is printed as `file:line: problem`,
 * shown in the browser in the dev error overlay (also to pages opened later), and the page keeps its
 * last good version. When no problem is left, open pages reload and the overlay goes.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ErrorPayload, ViteDevServer } from 'vite';
import type { ContentPaths } from '../content-paths';
import { ingestKeepingGood, type KeepGoodResult } from '../ingest-keep-good';
import { tDev } from '../../i18n/id';
import { escapeHtml } from '../../core/text/escape';

/** How long after the last change to a text the ingest runs: an editor's save can be several events. */
const SETTLE_MS = 100;

/** A problem as the writer reads it: where (a path they can open) and what. */
export interface LocatedProblem {
  /** The source's path, relative to the working folder when inside it. */
  path: string;
  /** The source's absolute path. */
  file: string;
  line: number;
  message: string;
}

/** The `file:line: problem` line of a problem. */
export const problemLine = ({ path, line, message }: LocatedProblem) => `${path}:${line}: ${message}`;

/** A path as the terminal shows it: from the working folder when inside it, else in full. */
function shownPath(absolute: string, cwd = process.cwd()): string {
  const fromCwd = relative(cwd, absolute);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd;
}

/** Returns the problems of a run with paths a writer can open. */
export function locateProblems(run: Pick<KeepGoodResult, 'problems'>, sources: string, cwd = process.cwd()): LocatedProblem[] {
  return run.problems.map(({ file, line, message }) => {
    const absolute = join(sources, file);
    return { path: shownPath(absolute, cwd), file: absolute, line, message };
  });
}

/** A file's text, decoded leniently (a problem may be that it is not UTF-8); undefined when unreadable. */
function readText(file: string): string | undefined {
  try {
    return new TextDecoder().decode(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The largest text the overlay shows whole: profiles are a few KB. */
const MAX_FRAME_CHARS = 100_000;

/** A text as the overlay's code view shows it (numbered lines, one marked), or undefined when too large. */
export function sourceFrame(text: string, line: number): string | undefined {
  if (text.length > MAX_FRAME_CHARS) return undefined;
  const lines = text.split(/\r\n|\r|\n/).map((content, i) => `<span class="line${i + 1 === line ? ' error-line' : ''}">${escapeHtml(content)}</span>`);
  return `<pre class="shiki"><code>${lines.join('\n')}</code></pre>`;
}

/**
 * The dev error overlay listing every problem. The first one's text is shown with its line marked
 * (`firstText`: that file's text, when it could be read) and can be opened in the editor from there.
 */
export function problemOverlay(problems: readonly LocatedProblem[], firstText?: string): ErrorPayload {
  const [first] = problems;
  const frame = first && firstText !== undefined ? sourceFrame(firstText, first.line) : undefined;
  return {
    type: 'error',
    err: {
      name: 'peta-profesi:source-watch',
      title: tDev.sourceProblemsTitle(new Set(problems.map(({ file }) => file)).size),
      // The overlay shows the message as HTML: a text's own words must stay text.
      message: escapeHtml(problems.map(problemLine).join('\n')),
      hint: tDev.sourceProblemsHint,
      // Shown as text, with a copy button: the problems, as the terminal prints them.
      stack: problems.map(problemLine).join('\n'),
      // No column: the overlay leaves out a column of 0.
      ...(first ? { loc: { file: first.file, line: first.line, column: 0 } } : {}),
      ...(frame ? { highlightedCode: frame } : {}),
    },
  };
}

/** The integration for the content set at `paths`. */
export function sourceWatch(paths: ContentPaths): AstroIntegration {
  let cache: string | undefined;
  let problems: LocatedProblem[] = [];
  let warnings: string[] = [];
  /** The overlay open pages show while there are problems. */
  let overlay: ErrorPayload | undefined;
  let server: ViteDevServer | undefined;

  /** Ingests, prints what changed and every problem, and tells open pages. */
  function ingest(logger: AstroIntegrationLogger): void {
    const before = problems;
    let run: KeepGoodResult | undefined;
    try {
      run = ingestKeepingGood({ sources: paths.sources, out: paths.professions, cache });
    } catch (error) {
      // E.g. a file that vanished between listing and reading: the next event runs again.
      logger.error(`${paths.sources}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (run.folderProblem) logger.error(run.folderProblem);
    // Said when they change, not on every save.
    if (run.warnings.join('\n') !== warnings.join('\n')) for (const line of run.warnings) logger.warn(line);
    warnings = run.warnings;
    problems = locateProblems(run, paths.sources);
    overlay = problems.length > 0 ? problemOverlay(problems, readText(problems[0]!.file)) : undefined;
    for (const problem of problems) logger.error(problemLine(problem));
    for (const file of run.kept) logger.warn(`${file}: its last good version stays until its source is fixed`);
    if (run.written.length + run.removed.length > 0) {
      const changes = [...run.written.map((file) => `${file} written`), ...run.removed.map((file) => `${file} removed`)];
      logger.info(`ingest (${run.parsed} parsed, ${run.recalled} unchanged): ${changes.join(', ')}`);
    }
    if (problems.length === 0 && before.length > 0) logger.info('no problem left in the sources');

    if (!server) return;
    if (overlay) {
      // To each open page, not server.ws.send: with none open, Vite would keep it for the next one.
      for (const client of server.ws.clients) client.send(overlay);
    } else if (before.length > 0 && run.written.length + run.removed.length === 0) {
      // Closes the overlay when fixing the text gave the same pages as before. When files changed,
      // Astro reloads the pages once its content store has them: reloading now, a page could miss that.
      server.ws.send({ type: 'full-reload', path: '*' });
    }
  }

  return {
    name: 'peta-profesi:source-watch',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'dev') return;
        // Astro's cache folder is per content set (astro.config.mjs), so two sets never share entries.
        cache = fileURLToPath(new URL('peta-profesi/ingest.json', config.cacheDir));
        // Before the content layer first reads the generated files.
        ingest(logger);
      },
      'astro:server:setup': ({ server: dev, logger }) => {
        if (!cache) return;
        server = dev;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onFile = (path: string) => {
          if (!path.endsWith('.txt') || dirname(path) !== paths.sources) return;
          clearTimeout(timer);
          timer = setTimeout(() => ingest(logger), SETTLE_MS);
        };
        dev.watcher.add(paths.sources);
        logger.info(`live preview: saving a text in ${shownPath(paths.sources)} updates its page`);
        for (const event of ['add', 'change', 'unlink'] as const) dev.watcher.on(event, onFile);
        // A page opened (or reloaded) while a text has a problem shows it too.
        dev.ws.on('connection', (socket: { send: (data: string) => void }) => {
          if (overlay) socket.send(JSON.stringify(overlay));
        });
        dev.httpServer?.once('close', () => clearTimeout(timer));
      },
    },
  };
}
