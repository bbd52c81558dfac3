/**
 * Where code may live (docs/architecture.md): each folder of src/ runs in one place, and what it
 * imports must run there too. Read from the source with TypeScript's parser, so comments and
 * strings never count as imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';

const NODE_MODULES = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** Browser globals: pure code takes what it needs as arguments instead. */
const DOM_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'DOMParser',
  'customElements',
]);

interface Rule {
  folders: string[];
  /** Why, as the failure message says it. */
  job: string;
  forbids: (specifier: string, target: string | undefined) => boolean;
  noDomGlobals?: boolean;
}

const inside = (target: string | undefined, ...folders: string[]) =>
  target !== undefined && folders.some((folder) => target === folder || target.startsWith(`${folder}/`));
const isNode = (specifier: string) => NODE_MODULES.has(specifier) || specifier.startsWith('node:');
// `astro/zod` is Zod itself, re-exported by Astro so that the ingest and the content collection
// validate with one schema instance; everything else of Astro runs only inside Astro.
const isAstro = (specifier: string) => specifier.startsWith('astro:') || (/^(@astrojs\/|astro(\/|$))/.test(specifier) && specifier !== 'astro/zod');

const RULES: Rule[] = [
  {
    folders: ['src/core', 'src/i18n'],
    job: 'pure code (no Node, no Astro, no browser), importing only other pure code',
    forbids: (specifier, target) => isNode(specifier) || isAstro(specifier) || (target !== undefined && !inside(target, 'src/core', 'src/i18n')),
    noDomGlobals: true,
  },
  {
    folders: ['src/markdown'],
    job: 'Markdown plugins run by Astro and by tests: pure tree code, no Node, no Astro',
    forbids: (specifier, target) => isNode(specifier) || isAstro(specifier) || inside(target, 'src/build', 'src/client', 'src/pages', 'src/components'),
    noDomGlobals: true,
  },
  {
    folders: ['src/client'],
    job: 'browser code: no Node module, nothing of the build',
    forbids: (specifier, target) =>
      isNode(specifier) || isAstro(specifier) || inside(target, 'src/build', 'src/markdown', 'src/pages', 'src/components', 'bench', 'scripts'),
  },
  {
    folders: ['src/build'],
    job: 'build-time Node code: never browser code',
    forbids: (_specifier, target) => inside(target, 'src/client', 'src/pages', 'src/components', 'bench', 'scripts'),
  },
  {
    folders: ['src/pages', 'src/components', 'src/layouts'],
    // Pages render the ingested collection; only the ingest (src/build) reads the writers' texts.
    job: 'rendering: it reads the content collection, never the source texts or the ingest',
    forbids: (specifier, target) =>
      specifier === 'node:fs' ||
      specifier === 'fs' ||
      specifier === 'node:fs/promises' ||
      inside(target, 'src/build/read-sources', 'src/build/ingest-folder', 'src/build/ingest-keep-good', 'src/build/content-paths', 'bench', 'scripts'),
  },
];

interface Found {
  specifiers: string[];
  domGlobals: string[];
  mentionsSources: boolean;
}

/** Returns the modules a source file imports (static, dynamic, re-exports, `<script>` imports of .astro files) and the browser globals it reads. */
function scan(file: string, text: string): Found {
  const code = file.endsWith('.astro') ? astroCode(text) : text;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const domGlobals: string[] = [];
  const declared = new Set<string>();
  let mentionsSources = false;
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      specifiers.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      specifiers.push(node.arguments[0].text);
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
      if (isDeclaration(node)) declared.add(node.text);
      else if (isGlobalRead(node)) domGlobals.push(node.text);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /content\/sources|\.sources\b/.test(node.text)) mentionsSources = true;
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'sources') mentionsSources = true;
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A name the file declares itself (a parameter called `history`) is not the browser's.
  return { specifiers, domGlobals: domGlobals.filter((name) => !declared.has(name)), mentionsSources };
}

/** A name the file binds: a variable, parameter, destructured name, function or import. */
function isDeclaration(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node) ||
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent)
  );
}

/** An identifier read as a value of its own, not a property name or a type. */
function isGlobalRead(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  return !ts.isTypeReferenceNode(parent);
}

/** The TypeScript of an .astro file: its front matter and its `<script>` bodies. */
function astroCode(text: string): string {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontMatter, ...scripts].join('\n');
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Returns the repository path a relative specifier points to (without guessing extensions: a folder prefix is enough for the rules). */
function targetOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.(ts|mts|mjs|js)$/, '');
}

/** Returns every broken rule as "file: imports X (folder's job)". */
function violations(rules: Rule[], files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    const rule = rules.find(({ folders }) => inside(file, ...folders));
    if (!rule) continue;
    const found = scan(file, text);
    for (const specifier of found.specifiers) {
      if (rule.forbids(specifier, targetOf(file, specifier))) problems.push(`${file}: imports ${specifier} (${rule.folders[0]} is ${rule.job})`);
    }
    if (rule.noDomGlobals)
      for (const name of new Set(found.domGlobals)) problems.push(`${file}: reads the browser global ${name} (${rule.folders[0]} is ${rule.job})`);
    if (inside(file, 'src/pages', 'src/components', 'src/layouts') && found.mentionsSources)
      problems.push(`${file}: reads the source texts (${rule.folders[0]} is ${rule.job})`);
  }
  return problems;
}

describe('code boundaries', () => {
  const files = new Map(RULES.flatMap(({ folders }) => folders.flatMap(filesUnder)).map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));

  it('finds the code it checks in every folder', () => {
    for (const { folders } of RULES)
      for (const folder of folders)
        expect(
          [...files.keys()].some((file) => inside(file, folder)),
          folder,
        ).toBe(true);
  });

  it('keeps every folder to its runtime', () => {
    expect(violations(RULES, files)).toEqual([]);
  });

  it('catches what it forbids', () => {
    const planted = new Map([
      ['src/core/a.ts', "import { readFileSync } from 'node:fs';\nexport const b = () => document.title;\nexport { c } from '../build/c';"],
      [
        'src/core/ok.ts',
        "import type { Root } from 'hast';\nimport { z } from 'astro/zod';\nconst document = 'not the DOM';\n// import 'node:fs'\nexport const s = 'node:path';",
      ],
      ['src/client/a.ts', "const { join } = await import('path');"],
      ['src/markdown/a.ts', "import { getCollection } from 'astro:content';"],
      ['src/pages/a.astro', "---\nimport { contentPaths } from '../build/content-paths';\n---\n<p>hi</p>"],
      ['src/components/b.astro', "---\nconst dir = 'content/sources';\n---"],
      ['src/build/a.ts', "import '../client/search-page';"],
    ]);
    expect(violations(RULES, planted)).toEqual([
      'src/core/a.ts: imports node:fs (src/core is pure code (no Node, no Astro, no browser), importing only other pure code)',
      'src/core/a.ts: imports ../build/c (src/core is pure code (no Node, no Astro, no browser), importing only other pure code)',
      'src/core/a.ts: reads the browser global document (src/core is pure code (no Node, no Astro, no browser), importing only other pure code)',
      'src/client/a.ts: imports path (src/client is browser code: no Node module, nothing of the build)',
      'src/markdown/a.ts: imports astro:content (src/markdown is Markdown plugins run by Astro and by tests: pure tree code, no Node, no Astro)',
      'src/pages/a.astro: imports ../build/content-paths (src/pages is rendering: it reads the content collection, never the source texts or the ingest)',
      'src/components/b.astro: reads the source texts (src/pages is rendering: it reads the content collection, never the source texts or the ingest)',
      'src/build/a.ts: imports ../client/search-page (src/build is build-time Node code: never browser code)',
    ]);
  });
});
