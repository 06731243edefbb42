// The report page's paragraph citations, a progressive enhancement: a paragraph's locator
// ("P 1.1, para 4") is a link to its entry on the citation page; here, activating it opens a
// dialog with the paragraph's citations, composed from the page's own data, instead of loading
// that page (300–450 KB). Copy buttons, one-entry BibTeX and RIS downloads, the paragraph's
// permalink and its tags. Every text from the document is set as text, never as HTML.
import { harvard, harvardInText, oscola, plainCitation, type CitationText, type CiteSource } from '../lib/cite';
import { copyText, downloadCitation, paragraphSource, readCiteData, today, type CiteData } from './cite-core';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) if (c) e.append(c);
  return e;
};

/** A citation with its title in italics. */
const citationNode = (c: CitationText) => el('span', { className: 'cite' }, c.before, el('i', {}, c.title), c.after);

interface Open {
  dialog: HTMLDialogElement;
  status: HTMLElement;
}

function build(data: CiteData, link: HTMLAnchorElement, source: CiteSource, state: Open): void {
  const { dialog, status } = state;
  const accessed = today();
  const inText = harvardInText(source);
  const reference = harvard(source, accessed);
  const footnote = oscola(source, accessed);
  const copyRow = (label: string, text: string, shown: Node, what: string) => {
    const b = el('button', { type: 'button', className: 'copy' }, `Copy ${what}`);
    const p = el('p', { className: 'cd-cite' }, el('span', { className: 'small muted cd-label' }, label), shown, ' ', b);
    b.addEventListener('click', async () => {
      const done = await copyText(text, shown as Element);
      status.textContent = done ? `Copied the ${what}.` : `Your browser did not let the page copy: the ${what} is selected, copy it with your keyboard.`;
    });
    return p;
  };
  const themes = (link.dataset.t ?? '').split(' ').filter(Boolean);
  const standard = link.dataset.s;
  const tags = [
    ...(standard ? [el('a', { href: `/standards/${standard}/` }, `Standard ${data.standards?.[standard] ?? standard}`)] : []),
    ...themes.map((t) => el('a', { href: `/themes/${t}/` }, data.themes?.[t] ?? t)),
  ];
  const bib = el('button', { type: 'button' }, 'BibTeX (.bib)');
  const risButton = el('button', { type: 'button' }, 'RIS (.ris)');
  bib.addEventListener('click', () => downloadCitation(source, 'bib'));
  risButton.addEventListener('click', () => downloadCitation(source, 'ris'));
  const close = el('button', { type: 'button', className: 'cd-close' }, 'Close');
  close.addEventListener('click', () => dialog.close());
  const permalink = el('a', { href: `#${source.anchor}` }, source.permalink);
  permalink.addEventListener('click', () => dialog.close());

  const parts: (Node | string | null)[] = [
    el('div', { className: 'cd-head' }, el('h2', { id: 'cd-h' }, `Cite ${source.locator}`), close),
    el('h3', {}, 'Cite Them Right Harvard'),
    copyRow('In the text: ', inText, el('span', { className: 'cite' }, inText), 'citation in the text'),
    copyRow('Reference list: ', plainCitation(reference), citationNode(reference), 'reference'),
    el('h3', {}, 'OSCOLA'),
    copyRow('Footnote: ', plainCitation(footnote), citationNode(footnote), 'footnote'),
    el('h3', {}, 'For a reference manager'),
    el('p', {}, bib, ' ', risButton, ' ', el('span', { className: 'small muted' }, 'this paragraph only')),
    el('h3', {}, 'This paragraph'),
    copyRow('Link: ', source.permalink, permalink, 'link'),
    tags.length ? el('p', { className: 'cd-tags' }, el('span', { className: 'small muted cd-label' }, 'Tagged: '), ...tags.flatMap((t, i) => (i ? [' · ', t] : [t]))) : null,
    el('p', { className: 'small' }, el('a', { href: link.href }, 'Every citation of this document, on its citation page')),
    status,
  ];
  dialog.replaceChildren(...parts.filter((p): p is Node | string => p !== null));
  dialog.setAttribute('aria-labelledby', 'cd-h');
}

export function startParagraphCitations(): void {
  const data = readCiteData();
  if (!data || typeof HTMLDialogElement === 'undefined') return;
  let state: Open | null = null;
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element | null)?.closest?.('a.pc');
    if (!(link instanceof HTMLAnchorElement)) return;
    const anchor = new URL(link.href).hash.slice(1);
    const locator = (link.textContent ?? '').replace(/^\s*Cite\s+/, '').trim();
    if (!anchor || !locator) return;
    e.preventDefault();
    if (!state) {
      const dialog = el('dialog', { className: 'cite-dialog' });
      const status = el('p', { className: 'small cd-status' });
      status.setAttribute('role', 'status');
      dialog.addEventListener('click', (ev) => {
        if (ev.target === dialog) dialog.close();
      });
      document.body.append(dialog);
      state = { dialog, status };
    }
    state.status.textContent = '';
    build(data, link, paragraphSource(data, anchor, locator), state);
    state.dialog.showModal();
    state.dialog.querySelector<HTMLButtonElement>('button.copy')?.focus();
  });
}
