// Typography folded before any reading: what PDF extraction varies without changing a word.
// Glyph forms (ligatures, full-width letters) are their plain letters, and invisible format
// characters (soft hyphens, zero-width spaces) go.
// No-break and other fixed-width spaces are spaces, and a run of spaces between words is one
// space. Indentation, trailing spaces and tabs (table cells) are left as they are: they carry
// structure, except a tab after a numbered heading's number (below). Line numbers never change.
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2004\u2005\u2006]/g;

/**
 * What PDF text carries inside words without a reader seeing it: soft hyphens, zero-width
 * spaces and joiners, word joiners, byte-order marks, direction marks, embeddings and isolates.
 * Kept, they split a word for every match ("Inade\u200bquate" is not a rating word) and for
 * search; a reader sees the same word without them.
 */
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) and full-width Latin letters, digits and signs. */
const COMPAT_FORMS = /[\ufb00-\ufb06\uff01-\uff5e]/g;

/** A line's glyph forms as the plain letters they stand for: "Inadequate", "ﬁndings" → "findings". */
export const foldGlyphs = (line: string): string => line.replace(INVISIBLE, '').replace(COMPAT_FORMS, (c) => c.normalize('NFKC'));

/**
 * A heading's number or standard code, then tabs, then its name: "P 1.1.⇥Leadership",
 * "1.⇥Organisational arrangements". Word processors put a tab after a numbered heading's number,
 * and text exported from them keeps it. A name starts with a capital and is not a sentence (no
 * full stop at its end): a numbered row of a table ("12⇥ensure that…") is neither.
 */
const NUMBER_TAB_NAME = /^( *(?:#{1,6} +)?(?:\*\*|<b>)?(?:[A-Z]{1,2} ?)?\d{1,2}(?:\.\d{1,2})*\.?)\t+((?:\*\*|<b>)?[A-Z][^\t]{0,120}?)[ \t]*$/;

export function foldTypography(lines: string[]): string[] {
  return lines.map((raw, i) => {
    const l = foldGlyphs(raw);
    const lead = /^[ \t]*/.exec(l)![0];
    const body = l.slice(lead.length).replace(ODD_SPACES, ' ');
    // Only spaces, between two non-space characters; tabs separate table cells.
    const folded = lead + body.replace(/(?<=[^ \t]) {2,}(?=[^ \t])/g, ' ');
    // A line of two cells, a number and a name, is a numbered heading, not a table, when the
    // lines beside it are not table rows (the ratings tables' rows, "1.1⇥Leadership⇥Good",
    // come together).
    const lone = !lines[i - 1]?.includes('\t') && !lines[i + 1]?.includes('\t');
    if (!lone) return folded;
    const m = NUMBER_TAB_NAME.exec(folded);
    return m && !/\.(\*\*|<\/b>)?$/.test(m[2]!) ? `${m[1]} ${m[2]}` : folded;
  });
}
