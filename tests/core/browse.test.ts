import { describe, expect, it } from 'vitest';
import { browseLinks } from '../../src/core/browse';

describe('browseLinks', () => {
  const links = browseLinks([
    { slug: 'c', title: 'Konsultan Politik', majors: ['Ilmu Politik'], text: 'Mirip analis kebijakan.' },
    { slug: 'a', title: 'Analis Kebijakan', majors: ['Ilmu Politik'], text: '' },
    { slug: 'b', title: 'Bendahara', majors: [], text: '' },
  ]);

  it('returns previous and next in alphabetical title order', () => {
    expect(links.get('a')).toMatchObject({ previous: undefined, next: { slug: 'b', title: 'Bendahara' } });
    expect(links.get('c')).toMatchObject({ previous: { slug: 'b' }, next: undefined });
  });

  it('returns related professions found in the text and the majors', () => {
    expect(links.get('c')!.related.map((r) => [r.slug, r.reasons.map((x) => x.kind)])).toEqual([['a', ['compared', 'majors']]]);
    expect(links.get('b')!.related).toEqual([]);
  });
});
