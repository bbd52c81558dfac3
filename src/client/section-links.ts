/**
 * Section links: adds a copy (or, on touch screens with the Web Share API, share) button to every
 * heading that has a self-link, with visible feedback; and marks the table-of-contents entry of the
 * section in view with aria-current. Labels come from data attributes, so no strings ship twice.
 */
const config = document.querySelector<HTMLElement>('[data-section-links]');
const announcer = document.querySelector<HTMLElement>('[data-section-links-status]');
const FEEDBACK_MS = 2500;

/** Copies text; falls back to a selected textarea where the Clipboard API is missing or refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

if (config && announcer) {
  const labels = config.dataset as Record<'copy' | 'copied' | 'failed' | 'share', string>;
  const share = 'share' in navigator && matchMedia('(pointer: coarse)').matches;

  for (const link of document.querySelectorAll<HTMLAnchorElement>('.profile-body .heading-link')) {
    const heading = link.parentElement!;
    // Read before the button adds its words to the heading.
    const name = heading.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'section-share';
    button.textContent = share ? labels.share : labels.copy;
    // No aria-label: the button sits inside its heading, and its visible words are its name.
    heading.classList.add('has-share');
    link.after(button);

    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const url = new URL(link.hash, location.href).href;
      if (share) {
        try {
          await navigator.share({ title: `${name} — ${document.title}`, url });
          return;
        } catch (error) {
          if ((error as Error).name === 'AbortError') return;
        }
      }
      const ok = await copy(url);
      const message = ok ? labels.copied : labels.failed;
      button.dataset.copied = ok ? url : '';
      button.textContent = message;
      button.classList.add('is-done');
      announcer.textContent = message;
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = share ? labels.share : labels.copy;
        button.classList.remove('is-done');
        announcer.textContent = '';
      }, FEEDBACK_MS);
    });
  }

  // The section in view is the last heading above the top fifth of the window.
  const headings = [...document.querySelectorAll<HTMLElement>('.profile-body h2[id]')];
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')];
  let current: string | undefined;
  let queued = false;
  const mark = () => {
    queued = false;
    const line = innerHeight / 5;
    const inView = headings.filter((h) => h.getBoundingClientRect().top <= line).pop() ?? headings[0];
    if (!inView || inView.id === current) return;
    current = inView.id;
    for (const a of tocLinks) {
      if (a.hash === `#${current}`) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(mark);
      queued = true;
    },
    { passive: true },
  );
  mark();
}

export {};
