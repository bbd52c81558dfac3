/**
 * The comparison page's behaviour: reads the professions named in `?a=&b=[&c=]`, fetches each one's
 * `/data/profesi/<slug>.json` and fills the server-rendered rows. Every word shown comes from the
 * page's own markup (templates and hidden messages), so this script carries no strings.
 */
import type { CompareProfile } from '../core/compare/data';
import { COMPARE_PARAMS, parseCompareSlugs } from '../core/compare/url';
import { professionDataPath, professionPath } from '../routes';

const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

/** Shows one status message (or none) in the live region. */
function status(id: 'pick' | 'loading' | 'missing' | 'error' | null): void {
  for (const p of document.querySelectorAll<HTMLElement>('#compare-status > p')) {
    p.hidden = p.id !== `compare-${id}`;
  }
}

function fromTemplate(id: string): HTMLElement {
  return $<HTMLTemplateElement>(`#${id}`).content.firstElementChild!.cloneNode(true) as HTMLElement;
}

/** Returns section HTML (our own build's, escaped at ingest) as inert nodes. */
function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

async function load(slug: string): Promise<CompareProfile | 'missing'> {
  const response = await fetch(professionDataPath(slug));
  if (response.status === 404) return 'missing';
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as CompareProfile;
}

function render(profiles: CompareProfile[]): void {
  const columns = profiles.length === 3 ? 'cols-3' : 'cols-2';
  const heads = $('#compare-heads');
  heads.replaceChildren(
    ...profiles.map((p) => {
      const link = Object.assign(document.createElement('a'), { className: 'text-lg leading-snug font-semibold', href: p.href, textContent: p.title });
      const head = Object.assign(document.createElement('li'), { className: 'rounded-xl border border-line bg-surface p-4' });
      head.append(link);
      return head;
    }),
  );
  heads.dataset.columns = columns;
  for (const row of document.querySelectorAll<HTMLElement>('[data-row]')) {
    const id = row.dataset.row!;
    // A row no compared text covers says nothing; hide it rather than show empty cells.
    row.hidden = profiles.every((p) => !p.rows[id]);
    const cells = $('[data-cells]', row);
    cells.dataset.columns = columns;
    cells.replaceChildren(
      ...profiles.map((p) => {
        const cell = fromTemplate('compare-cell');
        cell.prepend(Object.assign(document.createElement('h3'), { className: 'compare-cell-title', textContent: p.title }));
        const html = p.rows[id];
        if (html) $('[data-content]', cell).append(fragment(html));
        else $('[data-content]', cell).remove();
        $('[data-empty]', cell).hidden = Boolean(html);
        const more = $<HTMLAnchorElement>('[data-more]', cell);
        if (html) more.href = professionPath(p.slug, id);
        else more.parentElement!.remove();
        return cell;
      }),
    );
  }
  $('#compare-result').hidden = false;
  document.title = `${profiles.map((p) => p.title).join(' vs ')} — ${document.title}`;
}

async function main(): Promise<void> {
  const form = $<HTMLFormElement>('#compare-form');
  const picker = $<HTMLDetailsElement>('#compare-picker');
  picker.hidden = false;
  // The pickers offer every profession: a slug they lack is not fetched (no 404 for a made-up
  // address), and the others are still compared, so the page shows what it can.
  const offered = new Set([...form.querySelectorAll('option')].map((option) => option.value));
  const named = parseCompareSlugs(location.search);
  const slugs = named.filter((slug) => offered.has(slug));
  const someMissing = slugs.length < named.length;
  slugs.forEach((slug, i) => {
    const select = form.elements.namedItem(COMPARE_PARAMS[i]!) as HTMLSelectElement;
    select.value = slug;
  });
  if (slugs.length < 2) return status(someMissing ? 'missing' : 'pick');
  status('loading');
  try {
    const profiles = await Promise.all(slugs.map(load));
    if (profiles.includes('missing')) return status('missing');
    status(someMissing ? 'missing' : null);
    render(profiles as CompareProfile[]);
    picker.open = someMissing;
  } catch {
    status('error');
  }
}

void main();
