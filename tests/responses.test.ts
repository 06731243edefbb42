// What a reader is told about the response to each recommendation (issue 20, §0 and §4): an
// item and its status, what survives of an item missing from the plan, or that no response is
// on this site, never "No published response found" (which reads as "HMPPS did not respond").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.ts';

const read = (...p: string[]) => readFileSync(join(DIST_DIR, ...p), 'utf8');
const PLAN = 'kent-surrey-and-sussex-action-plan-2024-05-06';
const recs = JSON.parse(read('data', 'recommendations.json')) as { id: string; report_id: string; response_item: string | null }[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

describe('responses to recommendations, in words true for the reader', () => {
  it('never says "No published response found" on any page', () => {
    const offenders = htmlFiles(DIST_DIR).filter((f) => /no published response/i.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('says, for each of the South West letter’s recommendations, that no response to it is on this site', () => {
    const letter = recs.filter((r) => r.report_id.startsWith('south-west-regional-letter'));
    expect(letter.length).toBe(33);
    for (const r of letter) {
      expect(read('recommendations', r.id, 'index.html'), r.id).toContain('No response to this recommendation is on this site: responses to the older programme’s PDU inspections are not among the documents here.');
    }
    // the region's page lists those addressed to the region, each with the same words
    const region = read('regions', 'region-south-west', 'index.html');
    const listed = region.slice(region.indexOf('id="recommendations"')).split('</ul>')[0]!;
    expect(listed.split('<li>').length - 1).toBeGreaterThan(0);
    expect(listed.split('No response to this recommendation is on this site.').length).toBe(listed.split('<li>').length);
  });

  it('links West Kent’s recommendation 2 to the row surviving of the plan item that answered it', () => {
    const page = read('recommendations', 'west-kent-pdu-inspection-2024-03', 'rec-2', 'index.html');
    const row = /the item answering it is missing from <a href="\/reports\/([^/]+)\/">[^<]*<\/a>, except for <a href="\/reports\/[^/]+\/#(p-[0-9a-f]+)">one row<\/a>/.exec(page);
    expect(row?.[1]).toBe(PLAN);
    const plan = read('reports', PLAN, 'index.html');
    const at = plan.indexOf(`<tr id="${row![2]}">`);
    expect(at).toBeGreaterThan(0);
    // the plan says what the row is, just above it, and links back
    const before = plan.slice(plan.lastIndexOf('<p class="small notice">', at), at);
    expect(before).toContain('A row of an action plan item missing from the published document');
    expect(before).toContain('href="/recommendations/west-kent-pdu-inspection-2024-03/rec-2/"');
    expect(read('data-quality', 'recommendation-without-response', 'index.html')).not.toContain('west-kent-pdu-inspection-2024-03/rec-2/');
  });

  it('lists both KSS PDU reports on the region’s page, and their recommendations’ responses', () => {
    const region = read('regions', 'region-kent-surrey-and-sussex', 'index.html');
    expect(region).toContain('href="/reports/surrey-pdu-inspection-2024-03/"');
    expect(region).toContain('href="/reports/west-kent-pdu-inspection-2024-03/"');
    const westKent = read('pdus', 'pdu-west-kent', 'index.html');
    expect(westKent).toContain(`Response: <a href="/reports/${PLAN}/#item-1">Agreed, action plan item 1</a>`);
    expect(westKent).toContain(`Response: <a href="/reports/${PLAN}/#item-11">Agreed, action plan item 11</a>`);
  });
});
