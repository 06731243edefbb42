// Step "responses": each action plan's items linked to the recommendations they answer (the
// reports of the plan's region from its inspection round), with the match's score; what the
// linking could not be sure of is observed for the checks.
import { group } from '../../../core/group';
import { matchResponses, uncertainAddressees, withinResponseWindow } from '../link/responses';
import { completes } from '../link/orphans';
import { keyerFor } from './addressees';
import type { Assembly, DocLinks, RecommendationLink } from './assembly';

interface Plan {
  doc: DocLinks;
  /** The recommendations the plan may answer: its region's, from its inspection round. */
  recs: RecommendationLink[];
}

function plansOf(a: Assembly): Plan[] {
  const plans = a.docs.filter((d) => d.report.kind === 'action-plan');
  const recsByRegion = group(
    a.docs.filter((d) => d.report.kind !== 'action-plan').flatMap((d) => d.recommendations.map((r) => ({ r, d }))),
    (x) => x.d.regionName,
  );
  return plans.map((doc) => {
    const recs = (recsByRegion.get(doc.regionName) ?? []).filter((x) => withinResponseWindow(doc.report.published, x.d.report.published)).map((x) => x.r);
    return { doc, recs };
  });
}

function link(a: Assembly, plan: Plan, keyer: ReturnType<typeof keyerFor>): void {
  const items = plan.doc.actionPlanItems;
  const recById = new Map(plan.recs.map((r) => [r.id, r]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const uncertain = uncertainAddressees(items);
  const matches = matchResponses(plan.recs, items, keyer(plan.doc.regionName), new Set(uncertain.keys()));
  for (const m of matches) {
    const rec = recById.get(m.recommendation)!;
    const item = itemById.get(m.item)!;
    rec.response_item = m.item;
    rec.match_score = m.score;
    if (m.addresseeMissing) rec.response_addressee_missing = true;
    item.answers.push({ recommendation: m.recommendation, score: m.score, ...(m.addresseeMissing ? { addressee_missing: true } : {}) });
    if (m.addresseeMissing) {
      a.observed.addresseeMissing.push({ plan: plan.doc.id, item: m.item, recommendation: m.recommendation, score: m.score, missingBefore: uncertain.get(m.item)!.missingBefore });
    }
  }
}

/** Rows left of items missing from the plan (found with its records): the recommendations their words complete link to them. */
function orphans(a: Assembly, plan: Plan): void {
  for (const { row, lines, fragment } of plan.doc.orphanRows) {
    const completed = completes(fragment, plan.recs);
    for (const r of completed) if (!r.response_item) r.response_row = row;
    a.observed.orphanRows.push({ plan: plan.doc.id, row, lines, fragment, completes: completed.map((r) => r.id) });
  }
}

export function responses(a: Assembly): void {
  const keyer = keyerFor(a);
  for (const plan of plansOf(a)) {
    link(a, plan, keyer);
    orphans(a, plan);
  }
  for (const d of a.docs) for (const item of d.actionPlanItems) item.answers.sort((x, y) => (x.recommendation < y.recommendation ? -1 : 1));
}
