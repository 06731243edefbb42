// What a reader is told about the response to a recommendation, in the same words on every
// page. "No response found" reads as "HMPPS did not respond"; what the site knows is only
// whether a response is among its documents, so that is what it says.
import type { ActionPlanItem, Finding, Recommendation, Report } from '../../core/schemas';
import { findingPath, itemLabel, itemPath } from './paths';

export type ResponseView =
  /** An item of an action plan answers it. */
  | { kind: 'item'; item: ActionPlanItem; plan: Report | undefined; href: string; label: string }
  /** The answering item is missing from the plan as published; one of its rows survives. */
  | { kind: 'row'; row: Finding; plan: Report | undefined; href: string; label: string }
  | { kind: 'none'; label: string };

export const NO_RESPONSE = 'No response to this recommendation is on this site';
export const PARTIAL_RESPONSE = 'Response incomplete in the action plan';

interface Lookup {
  itemById: ReadonlyMap<string, ActionPlanItem>;
  findingById: ReadonlyMap<string, Finding>;
  reportById: ReadonlyMap<string, Report>;
}

export function responseOf(site: Lookup, rec: Pick<Recommendation, 'response_item' | 'response_row'>): ResponseView {
  const item = rec.response_item ? site.itemById.get(rec.response_item) : undefined;
  if (item) {
    return { kind: 'item', item, plan: site.reportById.get(item.report_id), href: itemPath(item), label: `${item.status}, action plan item ${itemLabel(item)}` };
  }
  const row = rec.response_row ? site.findingById.get(rec.response_row) : undefined;
  if (row) return { kind: 'row', row, plan: site.reportById.get(row.report_id), href: findingPath(row), label: PARTIAL_RESPONSE };
  return { kind: 'none', label: NO_RESPONSE };
}

/** Recommendations with no response on the site at all (a surviving row counts as a response). */
export const hasResponse = (rec: Pick<Recommendation, 'response_item' | 'response_row'>) => !!(rec.response_item || rec.response_row);

// A report and the action plan answering it, at the level of whole documents: which plans answer
// a report's recommendations and how many, and which reports a plan answers. Read from the
// recommendation ↔ item links the ingest made (a recommendation's response_item, an item's answers).

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
