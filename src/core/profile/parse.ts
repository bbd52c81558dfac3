/**
 * Parsing one profession text into a structured profile. Pure: a string in, data out; the file
 * name is only used to label problems.
 */
import { HEADING_CUES, LEADING_CONNECTIVES, SENTENCE_ANYWHERE_CUES, SENTENCE_START_CUES, TITLE_LABELS } from './cues';
import { cleanItem, findSimilar, splitInlineList } from './extract';
import { pairExpectations } from './pairs';
import { extractTraits } from './traits';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { collapseWhitespace, normalizeText } from './normalize';
import { compileCues, phrasesSource, type Cue } from './phrases';
import { LIST_SECTIONS, SECTION_KEYS, type SectionKey } from './sections';
import { splitSentences } from './sentences';
import { capitalize, guessName, inferName, noTitleMessage, toTitleCase } from './title';
import { slugify } from '../slug';
import { SUMMARY_MAX, truncate } from '../text/truncate';

/** A problem found in a source text, located for the person who has to fix it. */
export interface SourceProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * One piece of the source: together, the pieces of a text are the whole text, so a test can prove
 * that nothing was dropped.
 */
export interface Piece {
  /** `title` and `heading` are structure; `sentence` and `item` are content shown on the page. */
  kind: 'title' | 'heading' | 'sentence' | 'item';
  /** The text as written, whitespace collapsed. */
  text: string;
  /** 1-based line of the source where the piece starts. */
  line: number;
  /** The part of the profile the piece belongs to (not set for the title). */
  section?: SectionKey;
  /** How the cue tables placed it: a cue matched, or it continued the part before. */
  via?: 'heading' | 'cue' | 'continued' | 'list';
}

/** A run of content inside a section: a paragraph of sentences, or a list of items. */
export type Block = { type: 'paragraph'; sentences: string[] } | { type: 'list'; items: string[] } | { type: 'pair'; expectation: string; reality: string };

/** A misconception and the reality that answers it, as written. */
export interface ExpectationPair {
  expectation: string;
  reality: string;
}

/** A profile as parsed from one text. */
export interface ParsedProfile {
  title: string;
  /** Where the title came from: a title line, or a name inferred through a cue. */
  titleSource: { kind: 'line' | 'inferred'; line: number; cue?: string };
  slug: string;
  summary: string;
  source: string;
  /** Non-empty sections in page order. */
  sections: { key: SectionKey; blocks: Block[] }[];
  majors: string[];
  employers: string[];
  /** Expectation-vs-reality pairs, in text order. */
  expectations: ExpectationPair[];
  /** Professions the text compares the job with, as written ("diplomat", "lobbi politik"). */
  similar: string[];
  /** Single statements of who fits, split from "Siapa yang cocok", for the self-check. */
  fitTraits: string[];
  /** Single statements of who does not fit, split from "Siapa yang kurang cocok". */
  unfitTraits: string[];
  pieces: Piece[];
  warnings: SourceProblem[];
}

/** The outcome of parsing: a profile, or the problems that stop it. */
export type ParseResult = { ok: true; profile: ParsedProfile } | { ok: false; problems: SourceProblem[] };

const SHORT_LINE_WORDS = 12;
const LIST_MARKER = /^([-*•–·+]|\d{1,3}[.)])\s+/;
const HEADING_MARKS = /^#{1,6}\s+|\s+#+$|^\*\*|\*\*$/g;
const HEADINGS = compileCues(HEADING_CUES, 'line');
const STARTS = compileCues(SENTENCE_START_CUES, 'start');
const ANYWHERE = compileCues(SENTENCE_ANYWHERE_CUES, 'anywhere');
/** A connective opening a sentence, with the comma after it: skipped before testing start cues. */
const LEADING_CONNECTIVE = new RegExp(`^${phrasesSource(LEADING_CONNECTIVES)}\\s*,?\\s+`);
/** A label before a title ("Profesi: Analis Intelijen", "Judul — …"): not part of it. */
const TITLE_LABEL = new RegExp(`^${phrasesSource(TITLE_LABELS)}\\s*(?::|\\s[-–—])\\s*`, 'i');

/** A line, or lines joined because the writer hard-wrapped a sentence. */
interface Unit {
  text: string;
  line: number;
  /** The unit is a whole block: blank lines (or the file's edges) before and after it. */
  alone: boolean;
  /** The unit opens a block: a blank line (or the file's start) comes before it. */
  blockStart: boolean;
}

/** Returns the profile in a source text, or every problem that prevents one. */
export function parseProfile(text: string, file: string): ParseResult {
  const front = readFrontMatter(normalizeText(text));
  if (front.unclosed) {
    return { ok: false, problems: [{ file, line: front.unclosed, message: FRONT_MATTER_UNCLOSED }] };
  }
  const units = toUnits(front.body);
  if (units.length === 0) {
    return { ok: false, problems: [{ file, line: 1, message: 'the file has no text' }] };
  }

  // A title in the front matter is the title line; the text's own first line, when it repeats it, is dropped.
  const pieces: Piece[] = front.title ? [{ kind: 'title', text: front.title.text, line: front.title.line }] : [];
  const warnings: SourceProblem[] = front.ignored.length === 0 ? [] : [frontMatterWarning(file, front)];
  const paragraphOf = new Map<Piece, number>();
  let section: SectionKey = 'overview';
  let cueSeen = false;
  let previous: Piece['kind'] | undefined;
  // Right after a heading, the heading names the part: a cue word inside the first paragraph does not.
  let afterHeading = false;

  units.forEach((unit, index) => {
    if (index === 0 && front.title && sameTitle(unit.text, front.title.text)) return;
    const marked = HEADING_MARKS.test(unit.text);
    const bare = unit.text.replace(HEADING_MARKS, '').trim();
    const words = wordCount(bare);
    const short = words <= SHORT_LINE_WORDS && !/[.!…;,]$/.test(bare);
    const inList = LIST_SECTIONS.has(section) || previous === 'item';
    const headingSection = short ? matchHeading(bare) : undefined;

    if (headingSection && !(previous === 'item' && headingSection === section)) {
      section = headingSection;
      cueSeen = true;
      pieces.push({ kind: 'heading', text: bare, line: unit.line, section, via: 'heading' });
      previous = 'heading';
      afterHeading = true;
    } else if (index === 0 && !front.title && short && !/[?:]$/.test(bare) && (/^[\p{Lu}\p{N}]/u.test(bare) || unit.alone)) {
      pieces.push({ kind: 'title', text: bare, line: unit.line });
      previous = 'title';
    } else if (LIST_MARKER.test(unit.text)) {
      pieces.push({ kind: 'item', text: unit.text.replace(LIST_MARKER, ''), line: unit.line, section, via: 'list' });
      previous = 'item';
    } else if (inList && isListLine(bare)) {
      pieces.push({ kind: 'item', text: bare, line: unit.line, section, via: 'list' });
      previous = 'item';
    } else if (words <= 8 && looksLikeHeading(bare, unit, marked)) {
      // A heading nobody has a cue for: its part is kept under "Lainnya", heading included.
      section = 'other';
      pieces.push({ kind: 'sentence', text: bare, line: unit.line, section, via: 'heading' });
      warnings.push({ file, line: unit.line, message: `unrecognised heading "${bare}": its text goes to "Lainnya"` });
      previous = 'sentence';
      afterHeading = true;
    } else {
      splitSentences(unit.text).forEach((sentence, position) => {
        // A cue word deep inside a paragraph is usually part of its argument, not a new part.
        const cued = matchSentence(sentence, position === 0 && !afterHeading);
        if (cued) {
          section = cued;
          cueSeen = true;
        }
        const piece: Piece = { kind: 'sentence', text: sentence, line: unit.line, section, via: cued ? 'cue' : 'continued' };
        pieces.push(piece);
        paragraphOf.set(piece, index);
      });
      previous = 'sentence';
      afterHeading = false;
    }
  });

  const sentences = pieces.filter((p) => p.kind === 'sentence');
  const content = pieces.filter((p) => p.kind === 'sentence' || p.kind === 'item');
  if (content.length === 0) {
    return { ok: false, problems: [{ file, line: units[0]!.line, message: 'the file has a title but no text under it' }] };
  }
  if (!cueSeen) {
    return {
      ok: false,
      problems: [
        { file, line: units[0]!.line, message: 'no part of a profession profile was recognised (no cue phrase such as "Tugas utama", "cocok", "Miskonsepsi")' },
      ],
    };
  }

  const titlePiece = pieces.find((p) => p.kind === 'title');
  const inferred = titlePiece ? undefined : inferName(sentences);
  if (!titlePiece && !inferred) {
    return { ok: false, problems: [{ file, line: units[0]!.line, message: noTitleMessage(guessName(sentences)) }] };
  }
  const titleText = titlePiece?.text.replace(TITLE_LABEL, '');
  const shouting = titleText !== undefined && titleText === titleText.toUpperCase() && /\p{Lu}{4}/u.test(titleText);
  const title = titleText
    ? /^\p{Ll}/u.test(titleText) || shouting
      ? toTitleCase(shouting ? titleText.toLowerCase() : titleText)
      : titleText
    : toTitleCase(inferred!.name);
  const subject = titleText ?? inferred!.name;

  for (const piece of pieces) {
    if (piece.section === 'other' && piece.via !== 'heading') {
      warnings.push({ file, line: piece.line, message: `sentence matches no part, kept under "Lainnya": "${piece.text}"` });
    }
  }

  const shown = new Map<Piece, string>();
  const first = sentences[0];
  if (first && /^\p{Ll}/u.test(first.text)) {
    // The text starts mid-sentence ("bertanggung jawab dalam …"): the profession becomes its subject.
    shown.set(first, `${capitalize(subject)} ${first.text}`);
    warnings.push({ file, line: first.line, message: `text starts mid-sentence; shown as "${capitalize(subject)} ${first.text.slice(0, 40)}…"` });
  }
  const display = (p: Piece) => shown.get(p) ?? p.text;

  const sections = SECTION_KEYS.map((key) => ({
    key,
    blocks: toBlocks(
      key,
      content.filter((p) => p.section === key),
      paragraphOf,
      display,
    ),
  })).filter((s) => s.blocks.length > 0);
  const summarySource = sentences.find((p) => p.section === 'overview') ?? sentences[0] ?? content[0]!;
  const listOf = (key: SectionKey) =>
    content
      .filter((p) => p.section === key)
      .flatMap((p) => (p.kind === 'item' ? [p.text] : splitInlineList(p.text)))
      .map(cleanItem);
  const expectations = sections
    .filter((s) => s.key === 'expectations')
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.type === 'pair' ? [{ expectation: cleanItem(b.expectation), reality: b.reality }] : []));

  return {
    ok: true,
    profile: {
      title,
      titleSource: titlePiece ? { kind: 'line', line: titlePiece.line } : { kind: 'inferred', line: inferred!.line, cue: inferred!.cue },
      slug: slugify(title),
      summary: truncate(display(summarySource), SUMMARY_MAX),
      source: file,
      sections,
      majors: listOf('majors'),
      employers: listOf('employers'),
      expectations,
      similar: findSimilar(
        sentences.filter((p) => p.section === 'differences').map((p) => p.text),
        title,
      ),
      fitTraits: extractTraits(content.filter((p) => p.section === 'fit').map((p) => p.text)),
      unfitTraits: extractTraits(content.filter((p) => p.section === 'unfit').map((p) => p.text)),
      pieces,
      warnings,
    },
  };
}

const FRONT_MATTER_UNCLOSED = 'the text opens with "---" like front matter, but no line "---" closes it: add the closing "---" line, or remove the first one';

/** The warning for front matter keys other than `title:`, which the profile has no place for. */
function frontMatterWarning(file: string, front: FrontMatter): SourceProblem {
  const keys = front.ignored.map((key) => `"${key}:"`).join(', ');
  return { file, line: 1, message: `front matter: only "title:" is read; ${keys} ignored` };
}

const sameTitle = (a: string, b: string) => a.replace(HEADING_MARKS, '').replace(TITLE_LABEL, '').trim().toLowerCase() === b.toLowerCase();

/** Splits normalized text into units: lines, with hard-wrapped prose lines joined again. */
function toUnits(text: string): Unit[] {
  const lines = text.split('\n');
  const units: Unit[] = [];
  let blockStart = units.length;
  lines.forEach((raw, i) => {
    const line = collapseWhitespace(raw);
    if (!line) {
      markAlone(units, blockStart);
      blockStart = units.length;
      return;
    }
    // A sentence broken across lines (even across a stray blank line) is joined again.
    const last = units[units.length - 1];
    const continues = last && isWrapped(last.text, line);
    if (continues) last.text = `${last.text} ${line}`;
    else units.push({ text: line, line: i + 1, alone: false, blockStart: units.length === blockStart });
  });
  markAlone(units, blockStart);
  return units;
}

/** Marks the block that started at `start` as standing alone when it is a single unit. */
function markAlone(units: Unit[], start: number): void {
  if (units.length - start === 1) units[start]!.alone = true;
}

/** Whether `next` continues a prose line that the writer broke mid-sentence. */
function isWrapped(line: string, next: string): boolean {
  if (/[.!?…:;"”)]$/.test(line) || LIST_MARKER.test(next)) return false;
  return wordCount(line) >= 6 && /^\p{Ll}/u.test(next);
}

/** Returns the section a whole-line heading names, if any. */
function matchHeading(line: string): SectionKey | undefined {
  const key = line
    .toLowerCase()
    .replace(/[?:]+$/, '')
    .trim();
  return firstMatch(HEADINGS, key);
}

/**
 * Returns the section a sentence's cue names, if any: cues at its start first, then (when
 * `anywhere` is set) cues anywhere in it.
 */
export function matchSentence(sentence: string, anywhere = true): SectionKey | undefined {
  const text = collapseWhitespace(sentence.toLowerCase()).replace(/^["'“‘(]+/, '');
  const unlinked = text.replace(LEADING_CONNECTIVE, '');
  return firstMatch(STARTS, text) ?? firstMatch(STARTS, unlinked) ?? (anywhere ? firstMatch(ANYWHERE, text) : undefined);
}

/**
 * Whether a short line nobody has a cue for is still a heading: it stands alone, or it opens a
 * block and is marked as one (a colon or question mark at its end, capitals, "#").
 */
function looksLikeHeading(line: string, unit: Unit, marked: boolean): boolean {
  if (/[.!…;,]$/.test(line)) return false;
  if (unit.alone && !/[?:]$/.test(line)) return true;
  const capitals = line === line.toUpperCase() && /\p{Lu}{3}/u.test(line);
  return unit.blockStart && (/[?:]$/.test(line) || capitals || marked);
}

/** Whether a line inside a list reads as one item: short, one clause, no inline list. */
function isListLine(line: string): boolean {
  return wordCount(line) <= 10 && !/[,?]/.test(line.replace(/[,;]$/, '')) && splitSentences(line).length === 1;
}

function firstMatch(cues: readonly Cue<SectionKey>[], text: string): SectionKey | undefined {
  return cues.find((cue) => cue.pattern.test(text))?.section;
}

/**
 * Groups a section's pieces into blocks: paragraphs (sentences from one source unit) and lists;
 * in the expectation part, sentences become expectation-reality pairs where the text pairs them.
 */
function toBlocks(key: SectionKey, pieces: Piece[], paragraphOf: Map<Piece, number>, display: (p: Piece) => string): Block[] {
  const blocks: Block[] = [];
  let lastUnit: number | undefined;
  let pending: Piece[] = [];
  const flushPairs = () => {
    for (const run of pairExpectations(pending.map(display))) {
      if ('pair' in run) blocks.push({ type: 'pair', expectation: run.pair.expectation.join(' '), reality: run.pair.reality.join(' ') });
      else blocks.push({ type: 'paragraph', sentences: [run.sentence] });
    }
    pending = [];
  };
  for (const piece of pieces) {
    const last = blocks[blocks.length - 1];
    if (piece.kind === 'item') {
      flushPairs();
      const tail = blocks[blocks.length - 1];
      if (tail?.type === 'list') tail.items.push(piece.text);
      else blocks.push({ type: 'list', items: [piece.text] });
      lastUnit = undefined;
      continue;
    }
    if (key === 'expectations') {
      pending.push(piece);
      continue;
    }
    const unit = paragraphOf.get(piece);
    if (last?.type === 'paragraph' && unit !== undefined && unit === lastUnit) last.sentences.push(display(piece));
    else blocks.push({ type: 'paragraph', sentences: [display(piece)] });
    lastUnit = unit;
  }
  flushPairs();
  return blocks;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
