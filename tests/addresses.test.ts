/**
 * One owner of addresses (docs/architecture.md): src/core/routes.ts writes every site path, so a
 * build under a sub-path (SITE_URL with a path) gets the base path in every one of them. Any other
 * file of src/ (and the Astro config) that writes a path from the site's root would escape the base:
 * a string or template starting "/x", an attribute `href="/"`, or a lone "/" given as an address.
 * Read with TypeScript's parser, so comments and regular expressions never count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';

const OWNER = 'src/core/routes.ts';
/** Property names whose value is an address: `{ href: '/' }`. */
const ADDRESS_KEYS = /^(href|src|url|action|to|start_url|scope)$/;

/** Returns the site paths a file writes outside routes, as "file: literal". */
function sitePathLiterals(file: string, text: string): string[] {
  const found: string[] = [];
  const template = file.endsWith('.astro') ? text.replace(/^---\r?\n[\s\S]*?\r?\n---/, '') : '';
  const code = file.endsWith('.astro')
    ? [/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '', ...[...template.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])].join('\n')
    : text;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && !ts.isImportDeclaration(node.parent)) {
      const parent = node.parent;
      const keyed =
        (ts.isPropertyAssignment(parent) && ADDRESS_KEYS.test(parent.name.getText())) ||
        (ts.isCallExpression(parent) && /url|path|href/i.test(parent.expression.getText()));
      // A path segment after the slash; a lone "/" (a key, a separator) only where an address goes:
      // an address property, or an argument of a function of URLs or paths (`siteUrl('/')`).
      if (/^\/[\w.[-]/.test(node.text) || (node.text === '/' && keyed)) found.push(`${file}: ${JSON.stringify(node.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const [attribute] of template.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').matchAll(/\b[a-z-]+="\/(?!\/)[^"]*"/g))
    found.push(`${file}: ${attribute}`);
  return found;
}

describe('addresses', () => {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .concat('astro.config.mjs')
    .filter((file) => file !== OWNER);

  it('are written by src/core/routes.ts only', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => sitePathLiterals(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('catches a site path written elsewhere', () => {
    const planted: [string, string][] = [
      ['src/client/a.ts', "const url = '/pagefind/pagefind.js';\nconst b = `/data/${slug}.json`;\n// '/in/a/comment'\nconst re = /\\/profesi\\//;"],
      [
        'src/pages/b.astro',
        "---\nconst steps = [{ name: 'x', href: '/' }];\nconst key = '/';\nconst home = siteUrl('/');\n---\n<a href=\"/\">x</a><a href=\"//cdn\">y</a><a href={x}>z</a>",
      ],
    ];
    expect(planted.flatMap(([file, text]) => sitePathLiterals(file, text))).toEqual([
      'src/client/a.ts: "/pagefind/pagefind.js"',
      'src/client/a.ts: "/data/"',
      'src/pages/b.astro: "/"',
      'src/pages/b.astro: "/"',
      'src/pages/b.astro: href="/"',
    ]);
  });
});
