import { describe, expect, it } from 'vitest';
import { extractFor, firstMention } from './extract';

// Findings of the seeds, as content/findings has them.
const domesticAbuse = { name: 'Domestic abuse', terms: ['domestic abuse', 'domestic violence', 'coercive control'], abbreviations: ['DA', 'MARAC'] };
// West Kent PDU report, 2. Service delivery › 2.2. Planning (p-a87da140)
const planning =
  'Planning set out the necessary interventions to manage the risk of harm and made appropriate links to the work of other agencies in 27 out of 62 applicable cases. Some plans were coordinated with Multi-Agency Risk Assessment Conferences to put in place arrangements to keep partners safe where there were domestic abuse concerns. There was evidence of plans to assist people on probation in finding independent accommodation, including referrals to housing and CRS support. Work with women and with individuals from ethnic minority groups was stronger in setting out interventions.';

describe('extracts of a finding for a subject', () => {
  it('gives a short finding whole', () => {
    const rec = 'ensure domestic abuse and safeguarding information is analysed sufficiently to inform the quality of assessment, planning, and management of people on probation';
    expect(extractFor(rec, domesticAbuse)).toBe(rec);
  });

  it('gives the sentence that names the subject, with an ellipsis on each side where the finding goes on', () => {
    expect(extractFor(planning, domesticAbuse)).toBe(
      '… Some plans were coordinated with Multi-Agency Risk Assessment Conferences to put in place arrangements to keep partners safe where there were domestic abuse concerns. …',
    );
  });

  it('finds the subject by an abbreviation too, as a whole word and in its case', () => {
    expect(firstMention('The DA checks were late; data was missing.', domesticAbuse)).toBe(4);
    expect(firstMention('Data and dates were missing.', domesticAbuse)).toBe(-1);
  });

  it('cuts a long sentence around the mention, and starts at the beginning when nothing names the subject', () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} domestic abuse ${Array.from({ length: 60 }, (_, i) => `v${i}`).join(' ')}.`;
    const out = extractFor(long, domesticAbuse, 20);
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('domestic abuse');
    expect(out.replace(/… /, '').replace(/ …/, '').split(' ')).toHaveLength(20);
    expect(extractFor(planning, { name: 'Nothing here', terms: [], abbreviations: [] }).startsWith('Planning set out the necessary interventions')).toBe(true);
  });
});
