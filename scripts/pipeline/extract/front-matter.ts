// Extractor: who led the inspection and who signed the foreword, and the ISBN, as the report
// prints them.
import { factsOf, type Section } from '../tree/types';

export interface FrontMatter {
  leadInspector: string | null;
  chiefInspector: string | null;
  isbn: string | null;
}

export function frontMatter(root: Section, lines: readonly string[]): FrontMatter {
  const all = lines.join('\n');
  const lead = /led by HM Inspector ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)/.exec(all);
  const isbn = /ISBN:?\s*([\d-]{13,17})/.exec(all);
  const chief = factsOf(root, 'chief-inspector').pop();
  return { leadInspector: lead ? lead[1]!.trim() : null, chiefInspector: chief ? chief.fact.name : null, isbn: isbn ? isbn[1]! : null };
}
