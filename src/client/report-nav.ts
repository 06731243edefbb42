// The report page's two small enhancements; without them the page reads the same.
// 1. The contents mark the section being read (aria-current="location"), and keep it in view
//    when they are taller than the screen (beside the text, they scroll on their own).
// 2. A link to a place the document no longer has (an old #p-… from an earlier reading of it)
//    says so, instead of silently opening the page at its top.

/** How far down the screen a heading must have come to make its section the current one. */
const READING_LINE = 0.25;

function markCurrentSection(nav: HTMLElement): void {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links
    .map((a) => ({ a, el: document.getElementById(decodeURIComponent(a.hash.slice(1))) }))
    .filter((t): t is { a: HTMLAnchorElement; el: HTMLElement } => t.el !== null);
  if (targets.length === 0) return;
  let current: HTMLAnchorElement | null = null;
  let queued = false;
  const update = () => {
    queued = false;
    const line = window.innerHeight * READING_LINE;
    let found: HTMLAnchorElement | null = null;
    // The targets are in document order: the last one above the reading line is being read.
    for (const t of targets) {
      if (t.el.getBoundingClientRect().top <= line) found = t.a;
      else break;
    }
    if (found === current) return;
    current?.removeAttribute('aria-current');
    current = found;
    if (!found) return;
    found.setAttribute('aria-current', 'location');
    // Keep the mark in view inside the contents' own scrolling box, without scrolling the page.
    if (nav.scrollHeight > nav.clientHeight + 1) {
      const box = nav.getBoundingClientRect();
      const at = found.getBoundingClientRect();
      if (at.top < box.top + 40 || at.bottom > box.bottom - 40) nav.scrollTop += at.top - box.top - box.height / 3;
    }
  };
  const queue = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
}

function reportMissingAnchor(): void {
  const box = document.getElementById('pf-missing');
  const code = document.getElementById('pf-missing-id');
  if (!box || !code) return;
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    id = location.hash.slice(1);
  }
  if (!id || document.getElementById(id)) {
    box.hidden = true;
    return;
  }
  // The address is the reader's (or a link's), never markup: it is set as text.
  code.textContent = `#${id}`;
  box.hidden = false;
  box.focus();
}

export function startReportNav(): void {
  const nav = document.querySelector<HTMLElement>('nav.toc');
  if (nav) markCurrentSection(nav);
  reportMissingAnchor();
  addEventListener('hashchange', reportMissingAnchor);
}
