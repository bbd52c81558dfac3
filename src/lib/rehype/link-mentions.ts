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

/** Returns a pattern matching any of the titles as whole words, case-insensitive, whitespace-tolerant. */
export function mentionPattern(titles: readonly string[]): RegExp | undefined {
  const alternatives = titles
    .filter((t) => words(t).length > 0)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Returns the rehype transform that links the first mention of each target. */
export function rehypeLinkMentions({ targets, selfHref }: LinkMentionsOptions) {
  return (tree: HastNode, file: { data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const self = selfHref?.(file.data?.astro?.frontmatter ?? {});
    const byKey = new Map(targets.filter((t) => t.href !== self).map((t) => [words(t.title).join(' '), t]));
    const linked = new Set<string>();
    const pattern = () => mentionPattern([...byKey.values()].filter((t) => !linked.has(t.href)).map((t) => t.title));
    // Built once per page, and again only after a link is made (each title is linked once).
    let re = byKey.size > 0 ? pattern() : undefined;

    const linkIn = (text: HastText): HastNode[] => {
      const out: HastNode[] = [];
      let rest = text.value;
      while (re) {
        const match = re.exec(rest);
        if (!match) break;
        const target = byKey.get(words(match[0]).join(' '))!;
        linked.add(target.href);
        if (match.index > 0) out.push({ type: 'text', value: rest.slice(0, match.index) });
        const link: HastElement = { type: 'element', tagName: 'a', properties: { href: target.href, className: ['mention'], ...(target.printHref ? { dataPrintHref: target.printHref } : {}) }, children: [{ type: 'text', value: match[0] }] };
        out.push(link);
        rest = rest.slice(match.index + match[0].length);
        re = pattern();
      }
      if (rest) out.push({ type: 'text', value: rest });
      return out;
    };

    const visit = (node: HastNode) => {
      if (!('children' in node)) return;
      if (node.type === 'element' && (node.tagName === 'a' || /^h[1-6]$/.test(node.tagName))) return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? linkIn(child) : (visit(child), [child])));
    };
    if (re) visit(tree);
  };
}
