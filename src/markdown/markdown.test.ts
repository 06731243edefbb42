// The Markdown pipeline as the site runs it (src/markdown/options.ts).
import { describe, expect, it } from 'vitest';
import { markdownProcessor, markdownShared } from './options';

const processor = await markdownProcessor.createRenderer(markdownShared);
const html = async (md: string, frontmatter: Record<string, unknown> = { anchor: 'p-1' }) =>
  (await processor.render(md, { frontmatter })).code;

describe('finding Markdown', () => {
  it('explains the abbreviations a document first uses here, once each', async () => {
    const out = await html('The MAPPA chair and the SPOs; MAPPA again.', { anchor: 'p-1', first_abbreviations: ['MAPPA', 'SPO'] });
    expect(out).toBe(
      'The <abbr title="multi-agency public protection arrangements">MAPPA</abbr> chair and the <abbr title="Senior Probation Officer">SPOs</abbr>; MAPPA again.',
    );
    expect(await html('The MAPPA chair.', { anchor: 'p-2', first_abbreviations: [] })).toBe('The MAPPA chair.');
  });
  it('shows raw HTML from a document as text', async () => {
    expect(await html('a <script>alert(1)</script> b <b>bold</b>')).toBe('a &#x3C;script>alert(1)&#x3C;/script> b &#x3C;b>bold&#x3C;/b>');
  });
  it('turns #fn-N links into superscript references with back-link ids', async () => {
    expect(await html('rate[4](#fn-4).')).toBe('rate<sup><a href="#fn-4" id="fnref-p-1-4">4</a></sup>.');
  });
  it('drops unsafe and dead links, keeping their text', async () => {
    expect(await html('[x](javascript:alert(1)) [y](#) [z](data:text/html,hi) [w](/local) [v](#section)')).toBe('x y z w v');
  });
  it('marks external links rel=noopener and keeps mailto', async () => {
    expect(await html('[gov](https://www.gov.uk) [m](mailto:a@b.uk)')).toBe(
      '<a href="https://www.gov.uk" rel="noopener">gov</a> <a href="mailto:a@b.uk" rel="noopener">m</a>',
    );
  });
  it('keeps emphasis and does not rewrite quotes or dashes', async () => {
    expect(await html('*“quoted”* and "straight" -- **strong**')).toBe('<em>“quoted”</em> and "straight" -- <strong>strong</strong>');
  });
  it('unwraps the paragraph so the page chooses the element', async () => {
    expect(await html('one\n\ntwo')).toBe('one<br>two');
  });
});
