// Typography folded before any reading: what PDF extraction varies without changing a word.
// No-break and other fixed-width spaces are spaces, and a run of spaces between words is one
// space. Indentation, trailing spaces and tabs (table cells) are left as they are: they carry
// structure. Line numbers never change.
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2004\u2005\u2006]/g;

export function foldTypography(lines: string[]): string[] {
  return lines.map((l) => {
    const lead = /^[ \t]*/.exec(l)![0];
    const body = l.slice(lead.length).replace(ODD_SPACES, ' ');
    // Only spaces, between two non-space characters; tabs separate table cells.
    return lead + body.replace(/(?<=[^ \t]) {2,}(?=[^ \t])/g, ' ');
  });
}
