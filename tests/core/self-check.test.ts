import { describe, expect, it } from 'vitest';
import { readSelfCheck, selfCheckItems } from '../../src/core/self-check';

describe('selfCheckItems', () => {
  it('returns fit and unfit statements interleaved, each with its side', () => {
    expect(selfCheckItems(['f1', 'f2', 'f3'], ['u1'])).toEqual([
      { side: 'fit', text: 'f1' },
      { side: 'unfit', text: 'u1' },
      { side: 'fit', text: 'f2' },
      { side: 'fit', text: 'f3' },
    ]);
  });

  it('returns one side alone when the text has only that side', () => {
    expect(selfCheckItems([], ['u1', 'u2']).map((i) => i.side)).toEqual(['unfit', 'unfit']);
    expect(selfCheckItems([], [])).toEqual([]);
  });
});

describe('readSelfCheck', () => {
  it.each([
    // Nothing ticked: the reading says so rather than guessing.
    [[], [], 'none'],
    [['Teliti'], [], 'fit'],
    [[], ['Sulit berkomunikasi'], 'unfit'],
    [['Teliti'], ['Sulit berkomunikasi'], 'mixed'],
  ] as const)('returns fit %j and unfit %j as a "%s" reading', (fit, unfit, kind) => {
    expect(readSelfCheck({ fit, unfit }).kind).toBe(kind);
  });

  it('quotes the ticked statements back as written, each side apart, without repeats', () => {
    const reading = readSelfCheck({ fit: ['Mampu bekerja di bawah tekanan', 'Teliti', 'Teliti'], unfit: ['Keberatan dengan bepergian'] });
    expect(reading.fit).toEqual(['Mampu bekerja di bawah tekanan', 'Teliti']);
    expect(reading.unfit).toEqual(['Keberatan dengan bepergian']);
  });
});
