/** The few shapes of a HTML syntax tree (hast) our rehype plugins touch. */

/** A text node. */
export interface HastText {
  type: 'text';
  value: string;
}

/** An element node. */
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

/** Any node; a root holds children too. */
export type HastNode = HastText | HastElement | { type: 'root'; children: HastNode[] } | { type: 'comment' | 'doctype' | 'raw'; value?: string };

/** Returns the text content of a node. */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
