import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../src/core/search/highlight-param';

describe('header-search.ts', () => {
  it('looks for the same highlight parameter the result links carry', () => {
    // The every-page bootstrap spells the parameter out to stay import-free; this keeps them in step.
    const source = readFileSync(new URL('../../src/client/header-search.ts', import.meta.url), 'utf8');
    expect(source).toContain(`/[?&]${HIGHLIGHT_PARAM}=/.test(location.search)`);
  });
});
