/** The text of HTML syntax tree (hast) nodes, for plugins that name or record what they find. */
import type { Nodes, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements that end a run of text: the words of two such blocks are apart. */
const BLOCKS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'div',
  'br',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'aside',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'hr',
]);

const isBlock = (node: Nodes | undefined) => node?.type === 'element' && BLOCKS.has(node.tagName);

/** Returns a node's text as written, all its text nodes joined: `<h2>Tugas <em>utama</em></h2>` → "Tugas utama". */
export function textOf(node: Nodes): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

/**
 * Returns the plain text of a run of nodes as a reader sees it: words of separate blocks apart
 * (a line break counts as one), inline markup dropped, whitespace collapsed:
 * `<p>Mengatur <em>jadwal</em>.</p><ul><li>Hukum</li></ul>` → "Mengatur jadwal. Hukum".
 */
export function plainText(nodes: readonly RootContent[]): string {
  const parts: string[] = [];
  const root: Root = { type: 'root', children: [...nodes] };
  visit(root, (node, index, parent) => {
    // A block's start, or the first node after it ends, is a word break.
    if (isBlock(node) || (index !== undefined && index > 0 && isBlock(parent?.children[index - 1]))) parts.push(' ');
    if (node.type === 'text') parts.push(node.value);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}
