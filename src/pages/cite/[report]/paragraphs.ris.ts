import { RIS_TYPE, risFile } from '../../../lib/cite';
import { loadSite } from '../../../lib/data';
import { paragraphCitations } from '../../../lib/citation-endpoint';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { report: r.id } }));
}
export const GET = paragraphCitations(risFile, RIS_TYPE);
