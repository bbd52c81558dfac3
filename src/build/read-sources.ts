/**
 * Reading the sources folder: every `<name>.txt` file, with a located problem (never an exception)
 * for what cannot be a source, and a warning for files that look meant as sources but are not read.
 *
 * - A folder named `x.txt`, a link to nothing, a device or pipe: a problem.
 * - A symbolic link is followed only when its target lies inside the sources folder; a link to a
 *   file outside it is refused, so nothing outside the folder is ever published.
 * - `X.TXT`, `notes.md`, a sub-folder: a warning (they are not read).
 * - Hidden and system files (`.DS_Store`, `._x.txt`, `Thumbs.db`, `desktop.ini`, `x.txt~`): ignored silently.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { MAX_SOURCE_BYTES, type SourceFile } from '../core/profile/ingest';

/** Sources, and lines a person reads: problems stop the ingest, warnings do not. */
export interface ReadSources {
  sources: SourceFile[];
  problems: string[];
  warnings: string[];
}

const SYSTEM_FILE = /^(\..*|thumbs\.db|desktop\.ini|.*~)$/i;

/** Returns the `.txt` sources of a folder, sorted by name, with their bytes. */
export function readSources(dir: string): ReadSources {
  const sources: SourceFile[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    return { sources, problems: [`${dir}: ${folderError(error)}`], warnings };
  }
  const root = realpathSync(dir);

  for (const name of names) {
    if (SYSTEM_FILE.test(name)) continue;
    const path = join(dir, name);
    const problem = (message: string) => problems.push(`${name}:1: ${message}`);
    try {
      const link = lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
      if (!name.endsWith('.txt')) {
        const warning = notASource(name, statOrUndefined(path)?.isDirectory() ?? false, dir);
        if (warning) warnings.push(warning);
        continue;
      }
      if (link !== undefined) {
        const target = statOrUndefined(path) && realpathSync(path);
        if (!target) {
          problem(`the file is a link to "${link}", which does not exist: put the text itself in ${name}, or remove the link`);
          continue;
        }
        const inside = relative(root, target);
        if (inside.startsWith('..') || isAbsolute(inside)) {
          problem(
            `the file is a link to "${target}", outside the sources folder; only links to files inside it are followed: copy the text into ${name} instead`,
          );
          continue;
        }
      }
      const stat = statSync(path);
      if (stat.isDirectory()) {
        problem(`this is a folder, not a text file: rename it so that its name does not end in ".txt", or move it out of the sources folder`);
        continue;
      }
      if (!stat.isFile()) {
        problem('this is not a regular file (a device, pipe or socket): replace it with a text file');
        continue;
      }
      if (stat.size > MAX_SOURCE_BYTES) {
        // Not read at all: a huge file is a mistake, and reading it could exhaust memory.
        problem(`the file is ${stat.size} bytes; a profile may be at most ${MAX_SOURCE_BYTES}`);
        continue;
      }
      sources.push({ file: name, bytes: readFileSync(path) });
    } catch (error) {
      problem(`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): check that it exists and that you may read it`);
    }
  }
  if (sources.length === 0 && problems.length === 0) problems.push(`${dir}: no .txt sources found`);
  return { sources, problems, warnings };
}

/** The warning for an entry of the sources folder that is not read, or `undefined` to say nothing. */
function notASource(name: string, isFolder: boolean, dir: string): string | undefined {
  if (isFolder) return `${name}/:1: ignored: sub-folders are not read; move the .txt files in it up into ${dir} to publish them`;
  if (/\.txt$/i.test(name)) return `${name}:1: ignored: a source's name must end in ".txt" in lower case: rename it to "${name.slice(0, -4)}.txt"`;
  return `${name}:1: ignored: only .txt files are sources; to publish it, save it as plain text with a name ending in ".txt"`;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function folderError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the sources folder does not exist';
  if (code === 'ENOTDIR') return 'this is a file, not the sources folder';
  return `the sources folder cannot be read (${code ?? String(error)})`;
}
