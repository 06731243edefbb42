// Extractor: each key-question table's rows, with the percentage of cases judged "Yes" and the
// row that sets the standard's rating: the bold one where a report marks it, otherwise (as the
// reports' footnotes say) the lowest.
import type { ParsedKeyQuestion } from '../types';
import { ParseError } from '../types';
import { factsOf, sectionsNamed, type Section } from '../tree/types';

export function keyQuestions(root: Section, entityName: string): ParsedKeyQuestion[] {
  const out: ParsedKeyQuestion[] = [];
  for (const { section: table } of sectionsNamed(root, 'key-questions')) {
    const rows = factsOf(table, 'key-question').map(({ leaf, fact }) => ({ leaf, fact }));
    for (const { fact } of rows) {
      if (fact.percent > 100) throw new ParseError(fact.line, `key-question percentage ${fact.percent}% is over 100`);
    }
    const anyBold = rows.some((r) => r.fact.bold);
    const min = Math.min(...rows.map((r) => r.fact.percent));
    for (const { leaf, fact } of rows) {
      out.push({
        entityName,
        code: table.code!,
        question: fact.question,
        percentYes: fact.percent,
        drivesRating: anyBold ? fact.bold : fact.percent === min,
        node: leaf.index!,
        line: fact.line,
      });
    }
  }
  return out;
}
