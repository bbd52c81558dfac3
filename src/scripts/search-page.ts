/**
 * The search page's behaviour: runs Pagefind as the reader types, renders results with their
 * matching sections, and keeps `?q=` in the URL so a search can be shared and reloaded.
 */
import { t } from '../i18n/id';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
const MAX_SUB_RESULTS = 3;
const DEBOUNCE_MS = 150;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind on first use only, so pages that never search never fetch it. */
function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps the bundler from resolving a file that exists only after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 26 });
    return module;
  });
  return pagefind;
}

/** Returns a Pagefind excerpt as nodes, keeping only its <mark> highlights. */
function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll('*:not(mark)')) element.replaceWith(element.textContent ?? '');
  return template.content;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const link = element('a', 'text-fg no-underline hover:text-accent', data.meta.title ?? data.url);
  link.href = data.url;
  const item = element('li', 'rounded-xl border border-line bg-surface p-5', element('h2', 'text-lg font-semibold leading-snug', link));
  // Matching sections say more than a page excerpt, and land the reader on the paragraph.
  const sections = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (sections.length === 0) {
    item.append(element('p', 'mt-2 text-[0.95rem] text-muted', excerptNodes(data.excerpt)));
  } else {
    const subList = element('ul', 'mt-3 list-none space-y-2 border-l-2 border-line p-0 pl-4');
    for (const sub of sections) {
      const subLink = element('a', 'font-medium', sub.title);
      subLink.href = sub.url;
      subList.append(element('li', '', subLink, element('p', 'text-sm text-muted', excerptNodes(sub.excerpt))));
    }
    item.append(subList);
  }
  return item;
}

/** Keeps the address in step with the query without adding a history entry per keystroke. */
function syncUrl(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

async function run(query: string): Promise<void> {
  syncUrl(query);
  if (!query) {
    list.replaceChildren();
    status.textContent = t.searchHint;
    return;
  }
  status.textContent = t.searchLoading;
  try {
    const search = await (await loadPagefind()).debouncedSearch(query, {}, DEBOUNCE_MS);
    if (search === null) return; // superseded by a newer keystroke
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== query) return;
    list.replaceChildren(...results.map(renderResult));
    status.textContent = results.length > 0 ? t.searchResultsFor(search.results.length, query) : `${t.searchNoResults(query)} ${t.searchNoResultsTip}`;
    document.querySelector('#search-empty')!.toggleAttribute('hidden', results.length > 0);
  } catch {
    status.textContent = t.searchError;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value.trim());
});
input.addEventListener('input', () => void run(input.value.trim()));

input.value = new URL(location.href).searchParams.get('q') ?? '';
void run(input.value.trim());
