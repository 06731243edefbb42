// Step "responses": each action plan's items linked to the recommendations they answer (the
// reports of the plan's region from its inspection round), with the match's score; what the
// linking could not be sure of is observed for the checks.
import type { ActionPlanItem, Finding, Recommendation, Report } from '../../../core/schemas';
import { group } from '../../../core/group';
import { matchResponses, uncertainAddressees, withinResponseWindow } from '../link/responses';
import { completes, fragmentOf, orphanRows } from '../link/orphans';
import { keyerFor } from './addressees';
import type { Assembly, Entry } from './assembly';

interface Plan {
  report: Report;
  region: string | null;
  items: Entry<ActionPlanItem>[];
  /** The recommendations the plan may answer: its region's, from its inspection round. */
  recs: Entry<Recommendation>[];
}

function plansOf(a: Assembly): Plan[] {
  const regionOf = new Map(a.docs.map((d) => [d.id, d.regionName]));
  const plans = a.corpus.reports.filter((r) => r.data.kind === 'action-plan');
  const planIds = new Set(plans.map((p) => p.data.id));
  const itemsByPlan = group(a.corpus.actionPlanItems, (i) => i.data.report_id);
  const recsByRegion = group(
    a.corpus.recommendations.filter((r) => !planIds.has(r.data.report_id)),
    (r) => regionOf.get(r.data.report_id) ?? null,
  );
  const publishedOf = new Map(a.corpus.reports.map((r) => [r.data.id, r.data.published]));
  return plans.map(({ data: report }) => {
    const region = regionOf.get(report.id) ?? null;
    const recs = (recsByRegion.get(region) ?? []).filter((r) => withinResponseWindow(report.published, publishedOf.get(r.data.report_id) ?? null));
    return { report, region, items: itemsByPlan.get(report.id) ?? [], recs };
  });
}

function link(a: Assembly, plan: Plan, keyer: ReturnType<typeof keyerFor>): void {
  const recById = new Map(plan.recs.map((r) => [r.data.id, r]));
  const itemById = new Map(plan.items.map((i) => [i.data.id, i]));
  const uncertain = uncertainAddressees(plan.items.map((i) => i.data));
  const matches = matchResponses(plan.recs.map((r) => r.data), plan.items.map((i) => i.data), keyer(plan.region), new Set(uncertain.keys()));
  for (const m of matches) {
    const rec = recById.get(m.recommendation)!.data;
    const item = itemById.get(m.item)!.data;
    rec.response_item = m.item;
    rec.match_score = m.score;
    if (m.addresseeMissing) rec.response_addressee_missing = true;
    item.answers.push({ recommendation: m.recommendation, score: m.score, ...(m.addresseeMissing ? { addressee_missing: true } : {}) });
    if (m.addresseeMissing) {
      a.observed.addresseeMissing.push({ plan: plan.report.id, item: m.item, recommendation: m.recommendation, score: m.score, missingBefore: uncertain.get(m.item)!.missingBefore });
    }
  }
}

/** Rows left of items missing from the plan: the recommendations their words complete link to them. */
function orphans(a: Assembly, plan: Plan, findings: Map<string, Entry<Finding>[]>): void {
  for (const row of orphanRows((findings.get(plan.report.id) ?? []).map((f) => f.data), plan.items.map((i) => i.data))) {
    const fragment = fragmentOf(row);
    const completed = completes(fragment, plan.recs.map((r) => r.data));
    for (const r of completed) if (!r.response_item) r.response_row = row.id;
    a.observed.orphanRows.push({ plan: plan.report.id, row: row.id, fragment, completes: completed.map((r) => r.id) });
  }
}

export function responses(a: Assembly): void {
  const keyer = keyerFor(a);
  const findings = group(a.corpus.findings, (f) => f.data.report_id);
  for (const plan of plansOf(a)) {
    link(a, plan, keyer);
    orphans(a, plan, findings);
  }
  for (const item of a.corpus.actionPlanItems) item.data.answers.sort((x, y) => (x.recommendation < y.recommendation ? -1 : 1));
}
