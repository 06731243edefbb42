// Check "score-sum": a verdict's score is the sum of its standards' points, and its maximum the
// best rating's points times the standards rated (data/ratings.yaml).
import { BEST_POINTS, pointsOf } from '../framework/ratings';
import type { DocumentCheck, Issue } from './check';

export const scoreSum: DocumentCheck = ({ corpus }) => {
  const issues: Issue[] = [];
  for (const { data: r } of corpus.reports) {
    for (const v of r.verdicts) {
      const rated = r.ratings.filter((x) => x.entity === v.entity);
      const lines: [number, number] = [v.source_line, v.source_line];
      if (v.score !== null) {
        const sum = rated.reduce((s, x) => s + pointsOf(x.rating), 0);
        if (sum !== v.score) {
          issues.push({ check: 'score-sum', report_id: r.id, lines, subject: `${r.id}-${v.entity}`, message: `Stated score ${v.score} for ${v.entity} differs from the sum of its standards' ratings (${sum}).` });
        }
      }
      if (v.score_max !== null && rated.length > 0 && v.score_max !== BEST_POINTS * rated.length) {
        issues.push({ check: 'score-sum', report_id: r.id, lines, subject: `${r.id}-${v.entity}-max`, message: `Maximum score ${v.score_max} for ${v.entity} is not ${BEST_POINTS} × ${rated.length} rated standards.` });
      }
    }
  }
  return issues;
};
