// One iCalendar file per action plan: an all-day event on each dated action's target date
// (the last day it allows). DTSTAMP is the tracker's reference date, not the clock, so that
// rebuilds stay byte-identical.
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/data';
import { planCalendar } from '../../../lib/calendar';
import { tracker } from '../../../lib/tracker';
import { siteOf } from '../../../lib/paths';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.reports.filter((r) => r.kind === 'action-plan').map((r) => ({ params: { id: r.id } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await loadSite();
  const t = tracker(site);
  const report = site.reportById.get(params.id!)!;
  const actions = t.actions.filter((a) => a.report.id === report.id);
  return new Response(planCalendar(report, actions, t.reference.date, siteOf(origin)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
