/**
 * Source text that looks like HTML or a script URL renders inert: each fixture's generated Markdown
 * goes through Astro's Markdown pipeline with the site's own options (astro.config.mjs), and the
 * HTML that comes out shows the characters as text, with no element or URL that could run code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createMarkdownProcessor, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { ingestSources } from '../../src/core/profile/ingest';
import { attributeValues, htmlToText } from '../support/html';
import { FIXTURES } from '../support/paths';

// The user-facing config type leaves fields optional; the processor fills them with Astro's defaults.
const processor = await createMarkdownProcessor(config.markdown as AstroMarkdownOptions);
const cases = readdirSync(FIXTURES)
  .map((name) => ({ name, expected: JSON.parse(readFileSync(`${FIXTURES}/${name}/expected.json`, 'utf8')) as { literal?: string[] } }))
  .filter(({ expected }) => expected.literal?.some((text) => /<script|javascript:/i.test(text)));

describe.each(cases)('fixture $name, rendered to HTML', ({ name, expected }) => {
  it('shows every literal as text and has no script element, handler attribute or javascript: URL', async () => {
    const result = ingestSources([{ file: `${name}.txt`, bytes: readFileSync(`${FIXTURES}/${name}/input.txt`) }]);
    const markdown = [...result.outputs.values()][0]!.replace(/^---\n[\s\S]*?\n---\n/, '');
    const { code: html } = await processor.render(markdown);

    const text = htmlToText(html);
    for (const literal of expected.literal!) expect(text).toContain(literal);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    // The only links are the headings' links to themselves.
    expect([...attributeValues(html, 'href').filter((href) => !/^#[a-z-]+$/.test(href)), ...attributeValues(html, 'src')]).toEqual([]);
  });
});

describe('the inert-markup proof', () => {
  it('has a fixture with a <script> tag and a javascript: link to prove it on', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
});

describe('characters that GitHub-flavoured Markdown would read as markup', () => {
  const source = [
    'Analis Anggaran',
    '',
    'Gambaran pekerjaan',
    'Gaji awal ~Rp8 juta sampai ~Rp12 juta per bulan, kadang ~~lebih~~ besar.',
    'Data resmi ada di www.kemenkeu.go.id dan https://anggaran.example.id.',
    '| Tahun | Pagu |',
    '| --- | --- |',
    '| 2025 | besar |',
    '- [ ] belum, [x] sudah',
  ].join('\n');

  it('renders them as the writer typed them: no strikethrough, link, table or checkbox', async () => {
    const result = ingestSources([{ file: 'gfm.txt', bytes: Buffer.from(source) }]);
    expect(result.problems).toEqual([]);
    const markdown = [...result.outputs.values()][0]!.replace(/^---\n[\s\S]*?\n---\n/, '');
    const { code: html } = await processor.render(markdown);

    expect(html).not.toMatch(/<(del|s|table|input)\b/);
    expect(attributeValues(html, 'href').filter((href) => !/^#[a-z-]+$/.test(href))).toEqual([]);
    const text = htmlToText(html);
    for (const literal of [
      '~Rp8 juta sampai ~Rp12 juta',
      '~~lebih~~',
      'www.kemenkeu.go.id',
      'https://anggaran.example.id',
      '| 2025 | besar |',
      '[ ] belum, [x] sudah',
    ])
      expect(text).toContain(literal);
  });
});
