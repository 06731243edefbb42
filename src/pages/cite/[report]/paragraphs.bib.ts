import { BIB_TYPE, bibFile } from '../../../lib/cite';
import { loadSite } from '../../../lib/data';
import { paragraphCitations } from '../../../lib/citation-endpoint';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { report: r.id } }));
}
export const GET = paragraphCitations(bibFile, BIB_TYPE);
