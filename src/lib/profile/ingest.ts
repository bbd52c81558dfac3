/**
 * The pure core of the ingest: source files' bytes in, generated Markdown files or located problems
 * out. `scripts/ingest.ts` binds it to the disk.
 */
import { lineAt } from './normalize';
import { parseProfile, type ParsedProfile, type SourceProblem } from './parse';
import { describeZodError, professionSchema } from './schema';
import { toFrontmatter, toMarkdown } from './to-markdown';

/** One source text as read from disk. */
export interface SourceFile {
  /** File name, e.g. `koordinator-pertemuan-politik.txt`. */
  file: string;
  bytes: Uint8Array;
}

/** The outcome of ingesting every source together. */
export interface IngestResult {
  /** Generated files by name (`<slug>.md`), in source order; empty when there are problems. */
  outputs: Map<string, string>;
  /** The parsed profiles, for reports. */
  profiles: ParsedProfile[];
  /** Problems that stop the ingest: when any exist, nothing may be written. */
  problems: SourceProblem[];
}

/** The largest source accepted: profiles are a few KB; anything near this is a mistake. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Returns the generated files for all sources, or every problem found in any of them. */
export function ingestSources(sources: readonly SourceFile[]): IngestResult {
  const problems: SourceProblem[] = [];
  const profiles: ParsedProfile[] = [];
  const outputs = new Map<string, string>();
  const slugOwner = new Map<string, string>();

  for (const source of sources) {
    const decoded = decodeSource(source);
    if (typeof decoded !== 'string') {
      problems.push(decoded);
      continue;
    }
    const result = parseProfile(decoded, source.file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const profile = result.profile;
    const valid = professionSchema.safeParse(toFrontmatter(profile));
    if (!valid.success) {
      for (const message of describeZodError(valid.error)) {
        problems.push({ file: source.file, line: profile.titleSource.line, message: `invalid frontmatter: ${message}` });
      }
      continue;
    }
    const owner = slugOwner.get(profile.slug);
    if (owner) {
      problems.push({
        file: source.file,
        line: profile.titleSource.line,
        message: `title "${profile.title}" gives slug "${profile.slug}", already used by ${owner}`,
      });
      continue;
    }
    slugOwner.set(profile.slug, source.file);
    profiles.push(profile);
    outputs.set(`${profile.slug}.md`, toMarkdown(profile));
  }

  return problems.length > 0 ? { outputs: new Map(), profiles, problems } : { outputs, profiles, problems };
}

/** Returns a source's text, or the problem that makes it unreadable. */
function decodeSource({ file, bytes }: SourceFile): string | SourceProblem {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { file, line: 1, message: `the file is ${bytes.length} bytes; a profile may be at most ${MAX_SOURCE_BYTES}` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(new TextDecoder().decode(bytes.subarray(0, nul)), nul);
    return { file, line, message: 'the file is binary (it contains a NUL byte), not a text' };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lineAt(lossy, lossy.indexOf('\uFFFD'));
    return { file, line, message: 'the file is not valid UTF-8: save it as UTF-8' };
  }
}

/** Returns a problem as the one line a person reads: `file:line: message`. */
export function formatProblem(problem: SourceProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
