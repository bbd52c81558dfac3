/**
 * A rehype plugin that links the first mention of another profession that has its own page
 * ("… berbeda dengan Diplomat …" → a link to /profesi/diplomat/). A page never links to itself, and
 * text already inside a link or a heading is left alone.
 */
import { words } from '../related';
import type { HastElement, HastNode, HastText } from './hast';

/** A profession that can be linked: its title as the text would write it, and its page. */
export interface MentionTarget {
  title: string;
  href: string;
  /** The absolute URL, written after the link when the page is printed. */
  printHref?: string;
}

/** Options of `rehypeLinkMentions`. */
export interface LinkMentionsOptions {
  targets: readonly MentionTarget[];
  /** Returns the page being rendered's own href, from the file's frontmatter (default: none). */
  selfHref?: (frontmatter: Record<string, unknown>) => string | undefined;
}

/** A target's title as lower-case words, for matching against the words of a text. */
interface IndexedTarget {
  words: string[];
  target: MentionTarget;
}

/**
 * Returns the targets indexed by their first word, longest titles first. Matching a text then costs
 * a lookup per word, not a test of every title: with a thousand professions, one alternation of all
 * titles made rendering quadratic.
 */
export function indexTargets(targets: readonly MentionTarget[]): Map<string, IndexedTarget[]> {
  const index = new Map<string, IndexedTarget[]>();
  for (const target of targets) {
    const titleWords = words(target.title);
    if (titleWords.length === 0) continue;
    const list = index.get(titleWords[0]!) ?? [];
    list.push({ words: titleWords, target });
    index.set(titleWords[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Returns the rehype transform that links the first mention of each target. */
export function rehypeLinkMentions({ targets, selfHref }: LinkMentionsOptions) {
  const index = indexTargets(targets);
  return (tree: HastNode, file: { data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const self = selfHref?.(file.data?.astro?.frontmatter ?? {});
    const linked = new Set<string>(self ? [self] : []);

    /** Returns the first unlinked target whose words start at token `i`, and how many tokens it spans. */
    const matchAt = (tokens: RegExpExecArray[], keys: string[], value: string, i: number): IndexedTarget | undefined => {
      for (const candidate of index.get(keys[i]!) ?? []) {
        if (linked.has(candidate.target.href) || i + candidate.words.length > tokens.length) continue;
        const fits = candidate.words.every((word, k) => {
          if (keys[i + k] !== word) return false;
          // Words of a title are separated by whitespace only, as the title writes them.
          const previous = tokens[i + k - 1];
          return k === 0 || /^\s+$/.test(value.slice(previous!.index + previous![0].length, tokens[i + k]!.index));
        });
        if (fits) return candidate;
      }
      return undefined;
    };

    const linkIn = (text: HastText): HastNode[] => {
      const tokens = [...text.value.matchAll(TOKEN)];
      // Each token's word, normalised once: a text is matched against the index token by token.
      const keys = tokens.map((token) => words(token[0]).join(''));
      const out: HastNode[] = [];
      let from = 0;
      for (let i = 0; i < tokens.length; i++) {
        const found = matchAt(tokens, keys, text.value, i);
        if (!found) continue;
        const start = tokens[i]!.index;
        const lastToken = tokens[i + found.words.length - 1]!;
        const end = lastToken.index + lastToken[0].length;
        linked.add(found.target.href);
        if (start > from) out.push({ type: 'text', value: text.value.slice(from, start) });
        const { target } = found;
        const link: HastElement = {
          type: 'element',
          tagName: 'a',
          properties: { href: target.href, className: ['mention'], ...(target.printHref ? { dataPrintHref: target.printHref } : {}) },
          children: [{ type: 'text', value: text.value.slice(start, end) }],
        };
        out.push(link);
        from = end;
        i += found.words.length - 1;
      }
      if (from === 0) return [text];
      if (from < text.value.length) out.push({ type: 'text', value: text.value.slice(from) });
      return out;
    };

    const visit = (node: HastNode) => {
      if (!('children' in node)) return;
      if (node.type === 'element' && (node.tagName === 'a' || /^h[1-6]$/.test(node.tagName))) return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? linkIn(child) : (visit(child), [child])));
    };
    if (index.size > 0) visit(tree);
  };
}
