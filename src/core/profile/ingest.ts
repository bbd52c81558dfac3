/**
 * The pure core of the ingest: source files' bytes in, generated Markdown files or located problems
 * out. `scripts/ingest.ts` binds it to the disk.
 */
import { blameNewcomer, duplicateSlugMessage, type SlugClaim } from './duplicates';
import { detectUtf16, UTF16_MESSAGE } from './encoding';
import { lineAt } from './normalize';
import { parseProfile, type ParsedProfile, type SourceProblem } from './parse';
import { describeZodError, professionSchema } from './schema';
import { titleProblem } from './title-check';
import { toFrontmatter, toMarkdown } from './to-markdown';

/** One source text as read from disk. */
export interface SourceFile {
  /** File name, e.g. `koordinator-pertemuan-politik.txt`. */
  file: string;
  bytes: Uint8Array;
}

/** What the ingest keeps of a source that passed: enough to check titles across sources and write its file. */
export interface IngestedSource {
  slug: string;
  title: string;
  /** Line of the title in the source, for the duplicate-title problem. */
  titleLine: number;
  markdown: string;
}

/** Options of `ingestSources`. */
export interface IngestOptions {
  /**
   * Returns a source's earlier outcome when neither its bytes nor the parser changed since; the
   * source is then not parsed again. Only sources that passed are ever recalled.
   */
  recall?: (source: SourceFile) => IngestedSource | undefined;
  /**
   * Which source publishes each slug today (from the generated files): when two titles clash, the
   * source that does not already publish the slug is blamed.
   */
  publishedBy?: ReadonlyMap<string, string>;
}

/** The outcome of ingesting every source together. */
export interface IngestResult {
  /** Generated files by name (`<slug>.md`), in source order; empty when there are problems. */
  outputs: Map<string, string>;
  /** The profiles parsed in this run (recalled sources are not parsed), for reports. */
  profiles: ParsedProfile[];
  /** Every source that passed, by file name, recalled or parsed: what a cache keeps. */
  ingested: Map<string, IngestedSource>;
  /** Problems that stop the ingest: when any exist, nothing may be written. */
  problems: SourceProblem[];
}

/** The largest source accepted: profiles are a few KB; anything near this is a mistake. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Returns the generated files for all sources, or every problem found in any of them. */
export function ingestSources(sources: readonly SourceFile[], { recall, publishedBy }: IngestOptions = {}): IngestResult {
  const problems: SourceProblem[] = [];
  const profiles: ParsedProfile[] = [];
  const ingested = new Map<string, IngestedSource>();
  const outputs = new Map<string, string>();
  const slugOwner = new Map<string, SlugClaim>();

  for (const source of sources) {
    let passed = recall?.(source);
    let profile: ParsedProfile | undefined;
    if (!passed) {
      const parsed = ingestOne(source);
      if ('problems' in parsed) {
        problems.push(...parsed.problems);
        continue;
      }
      ({ profile, ingested: passed } = parsed);
    }
    // Titles are checked across all sources, recalled or not: a new text can clash with an old one.
    const owner = slugOwner.get(passed.slug);
    const claim = { file: source.file, title: passed.title, titleLine: passed.titleLine };
    if (owner) {
      const [blamed, other] = blameNewcomer(passed.slug, owner, claim, publishedBy);
      problems.push({ file: blamed.file, line: blamed.titleLine, message: duplicateSlugMessage(passed.slug, blamed, other) });
      continue;
    }
    slugOwner.set(passed.slug, claim);
    if (profile) profiles.push(profile);
    ingested.set(source.file, passed);
    outputs.set(`${passed.slug}.md`, passed.markdown);
  }

  return problems.length > 0 ? { outputs: new Map(), profiles, ingested, problems } : { outputs, profiles, ingested, problems };
}

/** Parses and validates one source: its profile and generated file, or its problems. */
function ingestOne(source: SourceFile): { profile: ParsedProfile; ingested: IngestedSource } | { problems: SourceProblem[] } {
  const decoded = decodeSource(source);
  if (typeof decoded !== 'string') return { problems: [decoded] };
  const result = parseProfile(decoded, source.file);
  if (!result.ok) return { problems: result.problems };
  const profile = result.profile;
  const unfit = titleProblem(profile.title, profile.slug);
  if (unfit) return { problems: [{ file: source.file, line: profile.titleSource.line, message: unfit }] };
  const valid = professionSchema.safeParse(toFrontmatter(profile));
  if (!valid.success) {
    return {
      problems: describeZodError(valid.error).map((message) => ({
        file: source.file,
        line: profile.titleSource.line,
        message: `invalid frontmatter: ${message}`,
      })),
    };
  }
  const ingested = { slug: profile.slug, title: profile.title, titleLine: profile.titleSource.line, markdown: toMarkdown(profile) };
  return { profile, ingested };
}

/** Returns a source's text, or the problem that makes it unreadable. */
function decodeSource({ file, bytes }: SourceFile): string | SourceProblem {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { file, line: 1, message: `the file is ${bytes.length} bytes; a profile may be at most ${MAX_SOURCE_BYTES}` };
  }
  if (detectUtf16(bytes)) return { file, line: 1, message: UTF16_MESSAGE };
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
