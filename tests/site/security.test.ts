/** The Content-Security-Policy and security headers the build ships, read from dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../bench/support/headers-file';
import { cspHeaderValue, HEADER_ONLY_DIRECTIVES } from '../../src/core/security/csp';
import { attributeValues, decodeEntities } from '../support/html';
import { DIST } from '../support/paths';
import { builtPages } from '../support/site';

/** Returns a policy as directive name → sources, hashes left out. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources.filter((s) => !/^'sha(256|384|512)-/.test(s))]),
  );
}

const pages = [...builtPages()];
const headers = new Map(headersFor(parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')), '/profesi/x/'));

describe.each(pages)('page %s', (_path, html) => {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
  const policy = directives(decodeEntities(metas[0]?.[1] ?? ''));

  it('carries one policy, in the head before any script or stylesheet', () => {
    expect(metas).toHaveLength(1);
    const before = html.slice(0, metas[0]!.index);
    // JSON-LD is data, not code: a policy does not govern it.
    expect(before).not.toMatch(/<script(?![^>]*application\/ld\+json)|<link[^>]+stylesheet|<style/);
  });

  it("allows no inline or eval-ed script and no inline style, only our own files (and Pagefind's WebAssembly)", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('says in its <meta> what the header says, apart from the directives a <meta> cannot carry', () => {
    const header = directives(headers.get('Content-Security-Policy') ?? '');
    for (const d of HEADER_ONLY_DIRECTIVES) header.delete(d.split(' ')[0]!);
    expect(policy).toEqual(header);
  });

  it('has no inline script, event handler attribute or javascript: URL (the header policy has no hashes for them)', () => {
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/gi)].filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes!));
    expect(inline.map(([tag]) => tag)).toEqual([]);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect([...attributeValues(html, 'href'), ...attributeValues(html, 'src')].filter((url) => /^\s*javascript:/i.test(url))).toEqual([]);
  });
});

describe('public/_headers', () => {
  it('sends the policy of src/core/security/csp.ts, with frame-ancestors, to every path', () => {
    expect(headers.get('Content-Security-Policy')).toBe(cspHeaderValue());
    expect(cspHeaderValue()).toContain("frame-ancestors 'none'");
  });

  it('forbids MIME sniffing, limits the referrer and turns off device features the site never uses', () => {
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('tells browsers to come back over HTTPS only, for a year', () => {
    expect(headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
  });
});
