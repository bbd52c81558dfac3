/**
 * One loop over tests/fixtures/<case>/: `input.txt` is a source as a person might write it (or
 * mangle it), or `inputs/*.txt` are several sources ingested together; `expected.json` says what the
 * ingest must make of them. Adding a case is adding a folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { formatProblem, ingestSources } from '../../../src/core/profile/ingest';
import { FIXTURES } from '../../support/paths';

interface Expected {
  title?: string;
  slug?: string;
  /** Content pieces (sentences and items) per section key. */
  sections?: Record<string, number>;
  /** Strings the generated Markdown must contain. */
  contains?: string[];
  /** Strings that must come out of the Markdown as literal text, never as markup. */
  literal?: string[];
  /** Frontmatter lists the ingest must extract. */
  majors?: string[];
  employers?: string[];
  similar?: string[];
  /** Number of expectation-reality pairs. */
  pairs?: number;
  error?: { file?: string; line: number; message: string };
  /** Warnings, each exactly as `file:line: message`. */
  warnings?: string[];
}

const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('.'));

describe.each(cases)('fixture %s', (name) => {
  const expected: Expected = JSON.parse(readFileSync(`${FIXTURES}/${name}/expected.json`, 'utf8'));
  const dir = `${FIXTURES}/${name}`;
  const sources = existsSync(`${dir}/input.txt`)
    ? [{ file: `${name}.txt`, bytes: readFileSync(`${dir}/input.txt`) }]
    : readdirSync(`${dir}/inputs`)
        .sort()
        .map((file) => ({ file, bytes: readFileSync(`${dir}/inputs/${file}`) }));
  const result = ingestSources(sources);

  if (expected.error) {
    it('fails with a message naming the file and line, and writes nothing', () => {
      expect(result.outputs.size).toBe(0);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: expected.error!.file ?? `${name}.txt`, line: expected.error!.line });
      expect(result.problems[0]!.message).toContain(expected.error!.message);
    });
    return;
  }

  const profile = result.profiles[0]!;
  const markdown = [...result.outputs.values()][0]!;

  it('returns the title and slug', () => {
    expect(result.problems).toEqual([]);
    if (expected.title) expect(profile.title).toBe(expected.title);
    if (expected.slug) expect(profile.slug).toBe(expected.slug);
  });

  it('returns the expected sections and piece counts', () => {
    const counts: Record<string, number> = {};
    for (const p of profile.pieces) if (p.section && p.kind !== 'heading') counts[p.section] = (counts[p.section] ?? 0) + 1;
    expect(counts).toEqual(expected.sections);
  });

  if (expected.majors || expected.employers || expected.similar || expected.pairs !== undefined) {
    it('extracts majors, employers, compared professions and expectation pairs', () => {
      if (expected.majors) expect(profile.majors).toEqual(expected.majors);
      if (expected.employers) expect(profile.employers).toEqual(expected.employers);
      if (expected.similar) expect(profile.similar).toEqual(expected.similar);
      if (expected.pairs !== undefined) expect(profile.expectations).toHaveLength(expected.pairs);
    });
  }

  if (expected.warnings)
    it('warns exactly as expected', () => {
      expect(profile.warnings.map(formatProblem)).toEqual(expected.warnings);
    });

  if (expected.contains)
    it('writes the expected text', () => {
      for (const text of expected.contains!) expect(markdown).toContain(text);
    });

  if (expected.literal)
    it('escapes markup so it renders as literal text', () => {
      const tree = remark().parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, '')) as Root;
      const kinds = new Set<string>();
      let text = '';
      visit(tree, (node) => {
        kinds.add(node.type);
        if (node.type === 'text') text += `${node.value}\n`;
      });
      expect([...kinds].filter((k) => !['root', 'heading', 'paragraph', 'text', 'break', 'list', 'listItem'].includes(k))).toEqual([]);
      for (const literal of expected.literal!) expect(text).toContain(literal);
    });
});
