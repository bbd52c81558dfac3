/**
 * On every page, a few hundred bytes: makes the header box a combobox, focuses a search box on `/`,
 * and loads the dropdown (and Pagefind) only once someone focuses the box. Highlights matched words
 * when the page was opened from a result. Once the page has loaded, registers the service worker.
 */
const input = document.querySelector<HTMLInputElement>('#header-search');
if (input) {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'header-search-list');
  input.setAttribute('aria-keyshortcuts', '/');
  const start = () => void import('./search/dropdown').then((m) => m.attachDropdown(input));
  input.addEventListener('focus', start, { once: true });
  if (document.activeElement === input) start();
}

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('input[name="q"]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// `sorot` is HIGHLIGHT_PARAM (src/core/search/highlight-param.ts), spelled out to keep this file import-free.
if (/[?&]sorot=/.test(location.search)) void import('./search/highlight');

// Offline reading, in the built site only (`astro dev` has no worker); after load, so it never delays the page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => void import('./register-service-worker'), { once: true });
}
