// citation-js ships no types; the tests use this much of it: reading CSL-JSON, BibTeX and RIS,
// and rendering CSL-JSON with citeproc in a style and locale registered with the CSL plugin.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The entries read, as CSL-JSON. */
    data: Record<string, unknown>[];
    format(kind: 'bibliography' | 'citation', options: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
