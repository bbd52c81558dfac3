/**
 * The header's search-as-you-type dropdown: an ARIA combobox with a listbox popup. Focus stays in
 * the box; arrows move the active option (aria-activedescendant), Enter opens it, Escape closes.
 * Enter with no active option submits the form to /cari/?q=…, as it does without JavaScript.
 */
import { searchPath } from '../../routes';
import { t } from '../../i18n/id';
import { debouncedSearcher, loadPagefind } from './engine';
import { element, renderOptions } from './render';

const MAX_RESULTS = 5;

/** Wires the dropdown to the header's search box (once). */
export function attachDropdown(input: HTMLInputElement): void {
  if (input.dataset.dropdown) return;
  input.dataset.dropdown = 'on';
  const form = input.form!;
  const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
  const status = document.getElementById('header-search-status')!;
  const search = debouncedSearcher(MAX_RESULTS);
  let active = -1;
  void loadPagefind(); // warm up while the reader starts typing

  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function setActive(index: number): void {
    const all = options();
    active = all.length === 0 ? -1 : index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  function open(): void {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }
  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  async function update(): Promise<void> {
    const query = input.value.trim();
    if (!query) {
      close();
      listbox.replaceChildren();
      status.textContent = '';
      return;
    }
    listbox.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await search(query);
    } catch {
      // Offline, Pagefind could not fetch an index chunk that was never kept: say so, not "reload".
      status.textContent = navigator.onLine ? t.searchError : t.searchOffline;
      return;
    }
    if (!answer || input.value.trim() !== answer.query) return;
    const seeAll = element(
      'a',
      'block px-3 py-3 font-medium no-underline hover:bg-surface aria-selected:bg-surface aria-selected:outline-2 aria-selected:outline-accent aria-selected:-outline-offset-2',
      t.searchSeeAll(query),
    );
    seeAll.href = searchPath(query);
    seeAll.id = 'header-search-all';
    seeAll.setAttribute('role', 'option');
    seeAll.setAttribute('aria-selected', 'false');
    seeAll.tabIndex = -1;
    listbox.replaceChildren(...renderOptions(answer.hits, 'header-search-option'), seeAll);
    listbox.setAttribute('aria-busy', 'false');
    setActive(-1);
    if (document.activeElement === input) open();
    status.textContent = answer.total > 0 ? t.searchResultsFor(answer.total, query) : t.searchNoResults(query);
    if (answer.missedOffline > 0) status.textContent += ` ${t.searchOffline}`;
    performance.mark('search:rendered');
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (listbox.childElementCount > 0 && input.value.trim()) open();
  });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (listbox.hidden) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 && step < 0 ? count - 1 : (active + step + count) % count);
        break;
      }
      case 'Enter':
        if (active >= 0 && !listbox.hidden) {
          event.preventDefault();
          options()[active]!.click();
        }
        break;
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          void update();
        }
        break;
    }
  });
  // Close when focus leaves the box and its list, but not when a click moves it onto an option.
  form.parentElement!.addEventListener('focusout', (event) => {
    if (!form.parentElement!.contains(event.relatedTarget as Node | null)) close();
  });
  listbox.addEventListener('mousemove', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLAnchorElement>('[role="option"]');
    if (option) setActive(options().indexOf(option));
  });

  if (input.value.trim()) void update();
}
