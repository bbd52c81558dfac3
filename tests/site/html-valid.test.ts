/** Every page of dist/ is valid HTML under html-validate's recommended rules (.htmlvalidate.mjs). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { builtPages } from '../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = [...builtPages()];

describe('html-validate', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  it.each(pages.map(([path, html]) => [path, html]))('reports no error on %s', async (path, html) => {
    // The file name lets the loader find .htmlvalidate.mjs at the repository root.
    const report = await validator.validateString(html, join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path));
    const errors = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
