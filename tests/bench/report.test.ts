import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../bench/report';

describe('markdownTable', () => {
  it('returns the row labels in the first column and every column any row has', () => {
    expect(markdownTable({ ingest: { seconds: '1.2' }, 'astro check': { seconds: 30, 'part of': 'npm test' } }, 'phase')).toBe(
      ['| phase | seconds | part of |', '| --- | --- | --- |', '| ingest | 1.2 |  |', '| astro check | 30 | npm test |'].join('\n'),
    );
  });

  it('escapes a pipe inside a cell', () => {
    expect(markdownTable({ 'a|b': { x: 'c|d' } })).toContain('| a\\|b | c\\|d |');
  });
});
