import { beforeAll, describe, expect, it } from 'vitest';
import type { Recommendation } from '../../../core/schemas';
import { readSeeds } from '../ingest';
import { assemble, type Corpus } from '../assemble';
import { completes } from './orphans';
import { RESPONSE_WINDOW_MONTHS, uncertainAddressees, withinResponseWindow } from './responses';

describe('withinResponseWindow', () => {
  it('lets the seeds’ plan (submitted 2024-05-06) answer the reports of its round', () => {
    expect(withinResponseWindow('2024-05-06', '2024-05')).toBe(true); // the KSS regional report
    expect(withinResponseWindow('2024-05-06', '2024-03')).toBe(true); // the Surrey PDU report
  });
  it('keeps out reports published after the plan or a round earlier', () => {
    expect(withinResponseWindow('2024-05-06', '2024-06')).toBe(false);
    expect(withinResponseWindow('2024-05-06', '2021-03')).toBe(false);
    expect(RESPONSE_WINDOW_MONTHS).toBe(18);
    expect(withinResponseWindow('2024-05-06', '2022-11')).toBe(true); // 18 months before
    expect(withinResponseWindow('2024-05-06', '2022-10')).toBe(false); // 19
  });
  it('does not judge what is undated', () => {
    expect(withinResponseWindow(null, '2021-03')).toBe(true);
    expect(withinResponseWindow('2024-05-06', null)).toBe(true);
  });
});

describe('an item whose addressee heading the plan lost', () => {
  const item = (n: number, addressees: string[]) => ({ id: `plan/item-${n}`, item: n, addressees });

  it('is uncertain where it inherits its addressee across missing items, or has none', () => {
    // The seeds' plan: items 9 and 10 are missing, and item 11 sits under the "East Kent PDU
    // should:" heading written before item 8.
    const items = [item(7, ['Brighton and East Sussex PDU']), item(8, ['East Kent PDU']), item(11, ['East Kent PDU']), item(12, ['Surrey PDU']), item(14, [])];
    expect([...uncertainAddressees(items).values()]).toEqual([
      { item: 'plan/item-11', missingBefore: [9, 10] },
      { item: 'plan/item-14', missingBefore: [13] },
    ]);
  });

  it('is not uncertain where its own heading names another addressee after the gap', () => {
    expect(uncertainAddressees([item(8, ['East Kent PDU']), item(12, ['Surrey PDU'])]).size).toBe(0);
  });
});

describe('a row continuing a missing item', () => {
  const rec = (number: number, text: string) => ({ id: `r/rec-${number}`, number, text }) as Recommendation;
  const recs = [
    rec(1, 'ensure effective management oversight is provided with sufficient frequency.'),
    rec(2, 'ensure that the delivery of services to people on probation with a protected characteristic is monitored and addressed.'),
  ];

  it('completes the recommendation whose last words it carries', () => {
    expect(completes('protected characteristic is monitored and addressed.', recs).map((r) => r.number)).toEqual([2]);
    expect(completes('Monitored and  addressed', recs).map((r) => r.number)).toEqual([2]);
  });

  it('completes none from words that end no recommendation, or too few words', () => {
    expect(completes('protected characteristic is monitored', recs)).toEqual([]);
    expect(completes('addressed.', recs)).toEqual([]);
  });
});

describe('responses whose addressee was lost, end to end', () => {
  // The West Kent PDU report: the plan answers it in item 1 (addressed to West Kent among
  // others), item 11 (its heading lost with items 9–10) and the tail of missing item 10 (the
  // row at line 102).
  const SEEDS = new URL('../../../seeds', import.meta.url).pathname;

  let corpus: Corpus;
  beforeAll(() => {
    corpus = assemble(readSeeds(SEEDS));
  });
  const recsOf = (report: string) => corpus.recommendations.map((r) => r.data).filter((r) => r.report_id === report).sort((a, b) => a.number! - b.number!);

  it('links the recommendation an item repeats word for word, with its confidence and a data-quality note', () => {
    const recs = recsOf('west-kent-pdu-inspection-2024-03');
    expect(recs.map((r) => r.addressee)).toEqual(['West Kent PDU', 'West Kent PDU', 'West Kent PDU', 'West Kent PDU']);
    expect(recs[2]!.response_item).toBe('kent-surrey-and-sussex-action-plan-2024-05-06/item-1');
    expect(recs[2]!.response_addressee_missing).toBeUndefined();
    expect(recs[3]!.response_item).toBe('kent-surrey-and-sussex-action-plan-2024-05-06/item-11');
    expect(recs[3]!.match_score).toBe(1);
    expect(recs[3]!.response_addressee_missing).toBe(true);
    const item11 = corpus.actionPlanItems.find((i) => i.data.item === 11)!.data;
    expect(item11.answers).toEqual([{ recommendation: recs[3]!.id, score: 1, addressee_missing: true }]);
    const note = corpus.dataQuality.find((d) => d.data.check === 'addressee-missing')!.data;
    expect(note.subject).toBe(recs[3]!.id);
    expect(note.message).toContain('action plan item 11 follows items 9, 10, missing from the document');
    expect(note.message).toContain('recommendation 4 to West Kent PDU nearly word for word (match 100%)');
  });

  it('names the recommendation the row of a missing item completes', () => {
    const recs = recsOf('west-kent-pdu-inspection-2024-03');
    expect(recs[1]!.response_item).toBeNull();
    const orphan = corpus.dataQuality.find((d) => d.data.check === 'orphan-row')!.data;
    expect(orphan.lines).toEqual([102, 102]);
    expect(orphan.message).toContain('The row at line 102 (“protected characteristic is monitored and addressed.”) continues an action plan item missing from the document');
    expect(orphan.message).toContain('Its words complete recommendation 2 to West Kent PDU.');
    // The recommendation links to the row: what survives of the item answering it.
    expect(recs[1]!.response_row).toBe(orphan.subject);
    expect(recs.filter((r) => r.response_row).map((r) => r.number)).toEqual([2]);
    // It is not reported as a recommendation without a response; recommendation 1 is.
    const without = corpus.dataQuality.filter((d) => d.data.check === 'recommendation-without-response').map((d) => d.data.subject);
    expect(without).toContain(recs[0]!.id);
    expect(without).not.toContain(recs[1]!.id);
  });

  it('keeps a confirmed addressee first: the Surrey report’s links are unchanged', () => {
    expect(recsOf('surrey-pdu-inspection-2024-03').map((r) => r.response_item?.split('item-')[1] ?? null)).toEqual(['1', null, '3', '6', null, '4', '13']);
  });
});
