/**
 * The self-check's behaviour: on submit, and on every change once a reading is shown, quotes the
 * ticked statements into the live region and shows the matching server-rendered reading. Nothing
 * leaves the page.
 */
import { readSelfCheck, type Side } from '../core/self-check';

const form = document.querySelector<HTMLFormElement>('#self-check');
const result = document.querySelector<HTMLElement>('#self-check-result [data-result]');

function show(): void {
  const ticked = [...form!.querySelectorAll<HTMLInputElement>('input:checked')];
  const on = (side: Side) => ticked.filter((box) => box.dataset.side === side).map((box) => box.value);
  const reading = readSelfCheck({ fit: on('fit'), unfit: on('unfit') });
  for (const side of ['fit', 'unfit'] as Side[]) {
    const box = result!.querySelector<HTMLElement>(`[data-side="${side}"]`);
    if (!box) continue;
    const quotes = reading[side].map((text) => {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('q'), { textContent: text }));
      return item;
    });
    box.querySelector('[data-quotes]')!.replaceChildren(...quotes);
    box.querySelector('[data-count]')!.textContent = String(quotes.length);
    box.querySelector<HTMLElement>('[data-none]')!.hidden = quotes.length > 0;
  }
  for (const p of result!.querySelectorAll<HTMLElement>('[data-reading]')) p.hidden = p.dataset.reading !== reading.kind;
  result!.hidden = false;
}

if (form && result) {
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  form.addEventListener('change', () => {
    if (!result.hidden) show();
  });
}
