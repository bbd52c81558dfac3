/**
 * The /cari/ page: reads `?q=` on load, searches as the reader types, and keeps `?q=` in step with
 * the query (replacing the history entry, not adding one per keystroke), so a search is a link
 * that can be shared, reloaded and returned to with Back.
 */
import { capQuery } from '../core/search/limits';
import { SEARCH_PARAM } from '../routes';
import { t } from '../i18n/id';
import { debouncedSearcher, searchNow, type SearchAnswer } from './search/engine';
import { renderCards } from './search/render';

const MAX_RESULTS = 20;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const search = debouncedSearcher(MAX_RESULTS);

/** Keeps the address in step with the query without adding a history entry per keystroke. */
function syncUrl(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set(SEARCH_PARAM, query);
  else url.searchParams.delete(SEARCH_PARAM);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** The box's query as the search runs it (the box's maxlength bounds typing, not a script's value). */
const boxQuery = () => capQuery(input.value);

function show(answer: SearchAnswer): void {
  if (boxQuery() !== answer.query) return;
  list.replaceChildren(...renderCards(answer.hits));
  const found = answer.hits.length > 0;
  status.textContent = found ? t.searchResultsFor(answer.total, answer.query) : `${t.searchNoResults(answer.query)} ${t.searchNoResultsTip}`;
  // Offline, pages whose text was never kept are left out: say why the list may be short.
  if (answer.missedOffline > 0) status.textContent += ` ${t.searchOffline}`;
  empty.hidden = found;
  list.setAttribute('aria-busy', 'false');
  performance.mark('search:rendered');
}

async function run(query: string, now = false): Promise<void> {
  syncUrl(query);
  if (!query) {
    list.replaceChildren();
    empty.hidden = true;
    status.textContent = t.searchHint;
    return;
  }
  status.textContent = t.searchLoading;
  list.setAttribute('aria-busy', 'true');
  try {
    const answer = now ? await searchNow(query, MAX_RESULTS) : await search(query);
    if (answer) show(answer);
  } catch {
    // Offline, Pagefind could not fetch an index chunk that was never kept: say so, not "reload".
    status.textContent = navigator.onLine ? t.searchError : t.searchOffline;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(boxQuery(), true);
});
input.addEventListener('input', () => void run(boxQuery()));
// A suggested word searches in place, keeping the page (and the URL) in step.
empty.addEventListener('click', (event) => {
  const word = (event.target as HTMLElement).closest<HTMLAnchorElement>('[data-suggestion]')?.dataset.suggestion;
  if (!word) return;
  event.preventDefault();
  input.value = word;
  input.focus();
  void run(word, true);
});

// The address may hold anything of any size: the box shows, and the search runs, what was kept of it.
input.value = capQuery(new URL(location.href).searchParams.get(SEARCH_PARAM) ?? '');
void run(input.value, true);
