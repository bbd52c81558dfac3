import { describe, expect, it } from 'vitest';
import { formatProblem, ingestSources, MAX_SOURCE_BYTES } from '../../../src/core/profile/ingest';

const text = (title: string) =>
  new TextEncoder().encode(`${title}\n\nPekerjaan sebagai ${title.toLowerCase()} melibatkan banyak hal.\nTugas utama meliputi menulis laporan.\n`);

describe('ingestSources', () => {
  it('returns one Markdown file per source, named by slug', () => {
    const result = ingestSources([
      { file: 'a.txt', bytes: text('Analis Data') },
      { file: 'b.txt', bytes: text('Juru Bicara') },
    ]);
    expect(result.problems).toEqual([]);
    expect([...result.outputs.keys()]).toEqual(['analis-data.md', 'juru-bicara.md']);
  });

  it('fails when two titles give the same slug, naming both files, and returns no output', () => {
    const result = ingestSources([
      { file: 'a.txt', bytes: text('Analis Data') },
      { file: 'b.txt', bytes: text('Analis  DATA') },
    ]);
    expect(result.outputs.size).toBe(0);
    expect(result.problems.map(formatProblem)).toEqual([
      'b.txt:1: title "Analis DATA" gives slug "analis-data", already used by a.txt (line 1: "Analis Data"): give this text another title',
    ]);
  });

  it('blames the newcomer of a slug clash: the source that does not already publish the slug', () => {
    const sources = [
      { file: 'a.txt', bytes: text('Analis Data') },
      { file: 'b.txt', bytes: text('Analis  DATA') },
    ];
    const blamed = (publishedBy: Map<string, string>) => ingestSources(sources, { publishedBy }).problems.map(formatProblem);
    expect(blamed(new Map([['analis-data', 'b.txt']]))).toEqual([
      'a.txt:1: title "Analis Data" gives slug "analis-data", already used by b.txt (line 1: "Analis DATA"): give this text another title',
    ]);
    // Neither publishes it (or another file did): the later file name is blamed.
    expect(blamed(new Map([['analis-data', 'c.txt']]))[0]).toMatch(/^b\.txt:1: /);
    expect(blamed(new Map([['analis-data', 'a.txt']]))[0]).toMatch(/^b\.txt:1: /);
  });

  it('fails on an oversized file without parsing it', () => {
    const result = ingestSources([{ file: 'big.txt', bytes: new Uint8Array(MAX_SOURCE_BYTES + 1).fill(65) }]);
    expect(result.problems[0]?.message).toMatch(/at most/);
  });

  it('reports the problems of every file, not just the first', () => {
    const result = ingestSources([
      { file: 'a.txt', bytes: new Uint8Array() },
      { file: 'b.txt', bytes: new Uint8Array([0]) },
    ]);
    expect(result.problems.map((p) => p.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('accepts a 1 MB text of the genre', () => {
    const paragraph = 'Tugas utama meliputi menulis laporan dan menghadiri rapat koordinasi setiap minggu. ';
    const body = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const result = ingestSources([{ file: 'long.txt', bytes: new TextEncoder().encode(`Analis Data\n\n${body}\n`) }]);
    expect(result.problems).toEqual([]);
    expect(result.profiles[0]!.sections.map((s) => s.key)).toEqual(['tasks']);
  });

  it('does not parse a recalled source, yet checks its title against the others', () => {
    const fresh = ingestSources([{ file: 'a.txt', bytes: text('Analis Data') }]);
    const remembered = fresh.ingested.get('a.txt')!;
    // The recalled source's bytes are not even a text: only a parse would notice.
    const recalled = ingestSources(
      [
        { file: 'a.txt', bytes: new Uint8Array([0]) },
        { file: 'b.txt', bytes: text('Juru Bicara') },
      ],
      {
        recall: (source) => (source.file === 'a.txt' ? remembered : undefined),
      },
    );
    expect(recalled.problems).toEqual([]);
    expect(recalled.outputs.get('analis-data.md')).toBe(fresh.outputs.get('analis-data.md'));
    expect(recalled.profiles.map((p) => p.title)).toEqual(['Juru Bicara']);
    expect([...recalled.ingested.keys()]).toEqual(['a.txt', 'b.txt']);

    const clash = ingestSources(
      [
        { file: 'a.txt', bytes: new Uint8Array([0]) },
        { file: 'c.txt', bytes: text('Analis DATA') },
      ],
      { recall: (source) => (source.file === 'a.txt' ? remembered : undefined) },
    );
    expect(clash.problems.map(formatProblem)).toEqual([
      'c.txt:1: title "Analis DATA" gives slug "analis-data", already used by a.txt (line 1: "Analis Data"): give this text another title',
    ]);
  });
});
