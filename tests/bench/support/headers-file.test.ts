import { describe, expect, it } from 'vitest';
import { cacheControlFor, HOST_DEFAULT_CACHE_CONTROL, headersFor, parseHeadersFile } from '../../../bench/support/headers-file';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'none'; img-src 'self'

/pagefind/*
  Cache-Control: max-age=60
`;

describe('parseHeadersFile', () => {
  it('returns one rule per path line with its indented headers, skipping comments and blank lines', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'none'; img-src 'self'"],
        ],
      },
      { pattern: '/pagefind/*', headers: [['Cache-Control', 'max-age=60']] },
    ]);
  });

  it('throws on a header line without a colon', () => {
    expect(() => parseHeadersFile('/*\n  nosniff\n')).toThrow(/nosniff/);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(FILE);
  it.each([
    // The catch-all applies everywhere.
    ['/', ['X-Content-Type-Options', 'Content-Security-Policy']],
    // A more specific block adds to it, in file order.
    ['/pagefind/pagefind.js', ['X-Content-Type-Options', 'Content-Security-Policy', 'Cache-Control']],
    // A pattern matches the whole path, not a prefix of it.
    ['/pagefind', ['X-Content-Type-Options', 'Content-Security-Policy']],
  ])('returns the headers of every matching rule for %s', (path, names) => {
    expect(headersFor(rules, path).map(([name]) => name)).toEqual(names);
  });
});

describe('cacheControlFor', () => {
  const rules = parseHeadersFile(`${FILE}/pagefind/index/*\n  Cache-Control: immutable\n`);
  it.each([
    // No rule sets it: the hosts' own default.
    ['/', HOST_DEFAULT_CACHE_CONTROL],
    // One rule sets it.
    ['/pagefind/pagefind.js', 'max-age=60'],
    // Two rules set it: joined, as Cloudflare Pages joins them, so a test sees the clash.
    ['/pagefind/index/a.pf_index', 'max-age=60, immutable'],
  ])('returns what a host sends for %s', (path, value) => {
    expect(cacheControlFor(rules, path)).toBe(value);
  });
});
