import { describe, expect, it } from 'vitest';
import { parseInline } from './inline';

describe('parseInline', () => {
  it('reads <sup>N</sup> as a footnote reference and <sup>th</sup> as text', () => {
    const r = parseInline('The<sup>7</sup> percentage on 6<sup>th</sup> May');
    expect(r.text).toBe('The percentage on 6th May');
    expect(r.footnoteRefs).toEqual([7]);
    expect(r.inline).toContainEqual({ type: 'link', url: '#fn-7', children: [{ type: 'text', value: '7' }] });
  });
  it('reads Unicode superscripts as footnote references', () => {
    const r = parseInline('The population of Surrey was 1,205,616,¹ with proven reoffending rates of 20.4 per cent.²');
    expect(r.footnoteRefs).toEqual([1, 2]);
    expect(r.text).toBe('The population of Surrey was 1,205,616, with proven reoffending rates of 20.4 per cent.');
  });
  it('keeps bold, italics and safe links, and drops dead ones to their text', () => {
    const r = parseInline('**Score** *“quote”* [on our website](#) and [Glossary \\(x\\)](https://example.org/g)');
    expect(r.text).toBe('Score “quote” on our website and Glossary (x)');
    expect(r.inline[0]).toEqual({ type: 'strong', children: [{ type: 'text', value: 'Score' }] });
    expect(r.inline.some((n) => n.type === 'link' && n.url === 'https://example.org/g')).toBe(true);
  });
  it('never turns document text into HTML: unknown tags and unsafe links stay text', () => {
    const r = parseInline('<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))');
    expect(r.text).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)> click');
    const kinds = JSON.stringify(r.inline);
    expect(kinds).not.toContain('"html"');
    expect(kinds).not.toContain('javascript:');
  });
  it('decodes entities beside raw ampersands', () => {
    expect(parseInline('Head of Performance &amp; Quality & Brighton &amp Hove').text).toBe('Head of Performance & Quality & Brighton &amp Hove');
  });
});
