// Finding an abbreviation in text, shared by the pipeline (themes named by an abbreviation) and the
// site (the glossary's <abbr> on a page), so that both see an abbreviation in the same places.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-sensitive, whole-word pattern for an abbreviation, allowing a plural "s" or possessive
 * "'s" and reading `&amp;` as `&`. Whole word: no ASCII letter or digit immediately before or after.
 */
export function abbreviationRegExp(abbr: string, flags = ''): RegExp {
  const body = escapeRegExp(abbr).replace(/&/g, '&(?:amp;)?');
  return new RegExp(`(?<![A-Za-z0-9])${body}(?:s|['\u2019]s)?(?![A-Za-z0-9])`, flags);
}
