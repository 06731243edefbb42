// A standard's page says what the standard asks (its wording and key questions, from
// data/frameworks.yaml) before the ratings and findings under it (issue 20, §4).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.ts';

const page = (id: string) => readFileSync(join(DIST_DIR, 'standards', id, 'index.html'), 'utf8');

describe('a standard’s page', () => {
  it('opens with its wording and key questions, before its ratings and findings', () => {
    const html = page('2023-p-2-1');
    const asks = html.indexOf('<h2 id="asks">What the standard asks</h2>');
    expect(asks).toBeGreaterThan(0);
    expect(asks).toBeLessThan(html.indexOf('id="ratings"'));
    expect(asks).toBeLessThan(html.indexOf('id="findings"'));
    expect(html).toContain('<blockquote class="cite-box"><p>Assessment is well-informed, analytical and personalised, involving actively the person on probation.</p></blockquote>');
    expect(html).toContain('against 3 key questions:</p><ol><li>Does assessment focus sufficiently on engaging the person on probation?</li><li>Does assessment focus sufficiently on the factors linked to offending and desistance?</li><li>Does assessment focus sufficiently on keeping other people safe?</li></ol>');
  });

  it('says so where no document here prints the wording, and lists no key questions it does not know', () => {
    const html = page('2021-2-2');
    expect(html).toContain('No document on this site prints this standard’s wording.');
    expect(html).not.toContain('key questions:</p>');
  });

  it('uses plain words for the key question that sets the rating', () => {
    const html = page('2023-p-2-4');
    expect(html).toContain('<th scope="col">Sets the rating</th>');
    expect(html).not.toMatch(/Drives rating|drives the rating/);
  });
});
