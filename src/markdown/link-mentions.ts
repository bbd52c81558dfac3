/**
 * A rehype plugin that links the first mention of another profession that has its own page
 * ("… berbeda dengan Diplomat …" → a link to /profesi/diplomat/). A page never links to itself, and
 * text already inside a link or a heading is left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { titleTrie } from '../core/related';
import { words } from '../core/text/words';
import { frontmatterOf, type AstroFile } from './astro-file';

/** A profession that can be linked: its title as the text would write it, and its page. */
export interface MentionTarget {
  title: string;
  href: string;
  /** The absolute URL, written after the link when the page is printed. */
  printHref?: string;
}

/** Options of `rehypeLinkMentions`. */
export interface LinkMentionsOptions {
  /** The professions that can be linked (no default); none leaves the tree as it is. */
  targets: readonly MentionTarget[];
  /** Returns the page being rendered's own href, from the file's frontmatter (default: none). */
  selfHref?: (frontmatter: Record<string, unknown>) => string | undefined;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Returns the rehype transform that links the first mention of each target. */
export function rehypeLinkMentions({ targets, selfHref }: LinkMentionsOptions) {
  // A trie of the titles' words: one alternation of all titles made rendering quadratic, and so did
  // a list per first word once many titles began alike ("Analis …").
  const index = titleTrie(targets, (target) => target.title);
  return (tree: Root, file: AstroFile) => {
    const self = selfHref?.(frontmatterOf(file));
    const linked = new Set<string>(self ? [self] : []);

    /**
     * Returns the longest unlinked target whose title starts at token `i`, and how many tokens it
     * spans. Words of a title are separated by whitespace only, as the title writes them.
     */
    const matchAt = (tokens: RegExpExecArray[], keys: string[], value: string, i: number): { target: MentionTarget; length: number } | undefined => {
      let best: { target: MentionTarget; length: number } | undefined;
      for (let node = index.next.get(keys[i]!), j = i; node; node = node.next.get(keys[++j]!)) {
        const target = node.items.find((t) => !linked.has(t.href));
        if (target) best = { target, length: j - i + 1 };
        const next = tokens[j + 1];
        if (!next || !/^\s+$/.test(value.slice(tokens[j]!.index + tokens[j]![0].length, next.index))) break;
      }
      return best;
    };

    const linkIn = (text: Text): ElementContent[] => {
      const tokens = [...text.value.matchAll(TOKEN)];
      // Each token's word, normalised once: a text is matched against the index token by token.
      const keys = tokens.map((token) => words(token[0]).join(''));
      const out: ElementContent[] = [];
      let from = 0;
      for (let i = 0; i < tokens.length; i++) {
        const found = matchAt(tokens, keys, text.value, i);
        if (!found) continue;
        const start = tokens[i]!.index;
        const lastToken = tokens[i + found.length - 1]!;
        const end = lastToken.index + lastToken[0].length;
        linked.add(found.target.href);
        if (start > from) out.push({ type: 'text', value: text.value.slice(from, start) });
        const { target } = found;
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: target.href, className: ['mention'], ...(target.printHref ? { dataPrintHref: target.printHref } : {}) },
          children: [{ type: 'text', value: text.value.slice(start, end) }],
        };
        out.push(link);
        from = end;
        i += found.length - 1;
      }
      if (from === 0) return [text];
      if (from < text.value.length) out.push({ type: 'text', value: text.value.slice(from) });
      return out;
    };

    if (index.next.size === 0) return;
    visit(tree, (node, at, parent) => {
      if (node.type === 'element' && (node.tagName === 'a' || /^h[1-6]$/.test(node.tagName))) return SKIP;
      if (node.type !== 'text' || !parent || at === undefined) return;
      const replaced = linkIn(node);
      if (replaced[0] === node) return;
      parent.children.splice(at, 1, ...replaced);
      // Go on after the new nodes: a link's own text is never linked again.
      return at + replaced.length;
    });
  };
}
