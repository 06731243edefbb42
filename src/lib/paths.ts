// Every internal URL is built here, so that links and pages agree.
/**
 * The site's address, which every build has (astro.config.mjs: SITE_URL, else the preview
 * address): what a citation, feed, calendar or data file writes is never a relative URL.
 */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('no site address: astro.config.mjs sets `site` (SITE_URL or the preview address)');
  return site;
}
export const absoluteUrl = (path: string, site: string | URL) => new URL(path, site).href;
import type { EntityType } from '../../core/schemas';

export const reportPath = (id: string) => `/reports/${id}/`;
export const findingPath = (f: { report_id: string; anchor: string }) => `/reports/${f.report_id}/#${f.anchor}`;
export const citePath = (reportId: string, anchor: string) => `/cite/${reportId}/#${anchor}`;
export const entityPath = (id: string, type: EntityType) => (type === 'region' ? `/regions/${id}/` : `/pdus/${id}/`);
export const standardPath = (id: string) => `/standards/${id}/`;
export const themePath = (id: string) => `/themes/${id}/`;
export const recommendationPath = (id: string) => `/recommendations/${id}/`;
/** The HTML id of an action plan item on its report page. */
export const itemAnchor = (item: { id: string; item: number }) => `item-${item.item}`;
export const itemPath = (item: { id: string; item: number; report_id: string }) =>
  `/reports/${item.report_id}/#${itemAnchor(item)}`;
/** HTML id for an outline heading: ids must start with a letter, so "2-1-public-protection" gets a prefix. */
export const headingAnchor = (id: string) => (/^[A-Za-z]/.test(id) ? id : `s-${id}`);
/** An item's label as written, without a trailing full stop ("6." → "6"). */
export const itemLabel = (item: { item_label: string; item: number }) => item.item_label.replace(/\.\s*$/, '').trim() || String(item.item);
