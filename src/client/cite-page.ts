// The citation page's enhancements: today's date as each citation's access date, and, for each
// paragraph, buttons that copy its citations or download its BibTeX or RIS entry alone (made in
// the page from its data block, with the same functions the build uses).
import { copyText, downloadCitation, paragraphSource, readCiteData, today } from './cite-core';

export function startCitationPage(): void {
  const day = today();
  document.querySelectorAll('.acc').forEach((a) => (a.textContent = day));
  const data = readCiteData();
  const status = document.getElementById('copied');
  document.querySelectorAll<HTMLElement>('.cite-entry').forEach((li) => {
    const buttons = li.querySelector<HTMLElement>('.copies');
    const locator = li.querySelector('.cite-loc')?.textContent?.trim();
    if (!buttons || !locator) return;
    buttons.hidden = false;
    buttons.querySelectorAll<HTMLButtonElement>('button.copy').forEach((b) => {
      b.addEventListener('click', async () => {
        const shown = li.querySelector(`.cite-text[data-style="${b.dataset.style}"] .cite`);
        if (!shown) return;
        const done = await copyText(shown.textContent ?? '', shown);
        if (status) status.textContent = done ? `Copied: ${b.textContent?.replace(/^Copy /, '')} of ${locator}.` : `Your browser did not let the page copy: the text is selected, copy it with your keyboard.`;
      });
    });
    buttons.querySelectorAll<HTMLButtonElement>('button.dl').forEach((b) => {
      if (!data) return b.remove();
      b.addEventListener('click', () => downloadCitation(paragraphSource(data, li.id, locator), b.dataset.format === 'ris' ? 'ris' : 'bib'));
    });
  });
}
