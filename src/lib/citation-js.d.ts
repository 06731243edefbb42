// citation-js ships no types; the tests use this much of it (rendering CSL-JSON with citeproc).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography' | 'citation', options: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
