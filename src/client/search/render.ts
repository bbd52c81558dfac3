/**
 * Result markup shared by the /cari/ page (a list of cards with plain links) and the header's
 * dropdown (a listbox whose options are the same links). One function, so the two never drift.
 */
import type { SearchHit } from '../../core/search/results';

/** Returns a Pagefind excerpt as nodes, keeping only its <mark> highlights: nothing else is trusted. */
export function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.querySelectorAll('*:not(mark)')) node.replaceWith(node.textContent ?? '');
  return template.content;
}

/** Creates an element with classes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = element('a', className, ...children);
  a.href = href;
  return a;
}

/** Renders hits as cards for the /cari/ page: title, summary, and the matching sections. */
export function renderCards(hits: readonly SearchHit[]): HTMLLIElement[] {
  return hits.map((hit) => {
    const item = element(
      'li',
      'rounded-xl border border-line bg-surface p-5',
      element('h2', 'text-lg font-semibold leading-snug', link(hit.url, 'text-fg no-underline hover:text-accent', hit.title)),
    );
    if (hit.summary) item.append(element('p', 'mt-1 text-[0.95rem] text-muted', hit.summary));
    if (hit.sections.length === 0) {
      item.append(element('p', 'mt-2 text-[0.95rem]', excerptNodes(hit.excerpt)));
      return item;
    }
    // Matching sections say more than a page excerpt, and land the reader on the paragraph.
    const sections = element('ul', 'mt-3 list-none space-y-3 border-l-2 border-line p-0 pl-4');
    for (const section of hit.sections) {
      sections.append(
        element(
          'li',
          '',
          link(section.url, 'inline-flex min-h-11 items-center font-medium', section.title),
          element('p', 'text-sm text-muted', excerptNodes(section.excerpt)),
        ),
      );
    }
    item.append(sections);
    return item;
  });
}

/**
 * Renders hits as listbox groups for the header dropdown: each profession is a group whose options
 * are the page and its best `maxSections` sections (a phone screen is short). Options are links,
 * so a click or Enter opens them.
 */
export function renderOptions(hits: readonly SearchHit[], idPrefix: string, maxSections = 2): HTMLElement[] {
  let n = 0;
  const option = (href: string, className: string, ...children: (Node | string)[]) => {
    const a = link(
      href,
      `block px-3 py-2 no-underline text-fg hover:bg-surface aria-selected:bg-surface aria-selected:outline-2 aria-selected:outline-accent aria-selected:-outline-offset-2 ${className}`,
      ...children,
    );
    a.id = `${idPrefix}-${n++}`;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.tabIndex = -1;
    return a;
  };
  return hits.map((hit) => {
    const title = option(hit.url, 'font-semibold', hit.title);
    const group = element('div', 'border-b border-line py-1 last:border-b-0', title);
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', title.id);
    for (const section of hit.sections.slice(0, maxSections)) {
      group.append(
        option(
          section.url,
          'pl-6 text-sm',
          element('span', 'block font-medium text-accent', section.title),
          element('span', 'line-clamp-3 text-muted', excerptNodes(section.excerpt)),
        ),
      );
    }
    return group;
  });
}
