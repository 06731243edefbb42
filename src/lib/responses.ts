// A report and the action plan answering it, at the level of whole documents: which plans answer
// a report's recommendations and how many, and which reports a plan answers. Read from the
// recommendation ↔ item links the ingest made (a recommendation's response_item, an item's answers).
import type { ActionPlanItem, Recommendation } from '../schemas';

export interface PlanAnswering {
  planId: string;
  /** The report's recommendations that the plan's items answer. */
  answered: number;
}

export interface ReportAnswered {
  reportId: string;
  /** The report's recommendations answered by the plan's items. */
  answered: number;
  /** All of the report's recommendations. */
  of: number;
}

/** The plans answering a report's recommendations, in the order of its recommendations. */
export function plansAnswering(recs: readonly Recommendation[], itemById: ReadonlyMap<string, ActionPlanItem>): PlanAnswering[] {
  const counts = new Map<string, number>();
  for (const r of recs) {
    const item = r.response_item ? itemById.get(r.response_item) : undefined;
    if (item) counts.set(item.report_id, (counts.get(item.report_id) ?? 0) + 1);
  }
  return [...counts].map(([planId, answered]) => ({ planId, answered }));
}

/**
 * The reports whose recommendations a plan's items answer, in the order of the items; a
 * recommendation answered by two items counts once.
 */
export function reportsAnswered(
  items: readonly ActionPlanItem[],
  recById: ReadonlyMap<string, Recommendation>,
  recsByReport: ReadonlyMap<string, readonly Recommendation[]>,
): ReportAnswered[] {
  const byReport = new Map<string, Set<string>>();
  for (const item of items) {
    for (const a of item.answers) {
      const rec = recById.get(a.recommendation);
      if (!rec) continue;
      if (!byReport.has(rec.report_id)) byReport.set(rec.report_id, new Set());
      byReport.get(rec.report_id)!.add(rec.id);
    }
  }
  return [...byReport].map(([reportId, recs]) => ({ reportId, answered: recs.size, of: recsByReport.get(reportId)?.length ?? recs.size }));
}
