// Each data-quality check on the real seeds (what the documents really disagree on), and on a
// copy of their corpus with one value changed, for the checks the seeds never trip.
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../ingest';
import { assemble } from '../assemble';
import type { Corpus } from '../corpus/assembly';
import { CHECKS, runChecks, type Check, type CheckInput } from '.';
import { scoreSum } from './score-sum';
import { keyQuestionBand } from './key-question-band';
import { crossReference } from './cross-reference';

const SEEDS = new URL('../../../seeds', import.meta.url).pathname;
const corpus = assemble(readSeeds(SEEDS));
const issues = corpus.dataQuality.map((e) => e.data);
const of = (check: string) => issues.filter((i) => i.check === check);
const PLAN = 'kent-surrey-and-sussex-action-plan-2024-05-06';
const none: CheckInput['observed'] = { addresseeMissing: [], orphanRows: [], passingMentions: [] };
const copy = (): Corpus => structuredClone(corpus);
const run = (check: Check, c: Corpus) => check({ corpus: c, planTotals: new Map(), observed: none });

describe('the data-quality checks', () => {
  it('are ten, one a file, and every issue of the seeds has its file and an id of its check', () => {
    expect(CHECKS.length).toBe(10);
    for (const i of issues) {
      expect(i.id.startsWith(i.check), i.id).toBe(true);
      expect(i.source_file).toMatch(/^seeds\//);
    }
    expect(new Set(issues.map((i) => i.id)).size).toBe(issues.length);
  });

  it('find the gaps, totals and unanswered items of the KSS action plan', () => {
    expect(of('action-plan-gap').map((i) => i.message)).toEqual(['Action plan items 9, 10 are missing from the document (items run 1–29).']);
    expect(of('action-plan-totals').map((i) => i.message)).toEqual(["The plan's totals do not match the items found: Agreed 27 stated, 25 found; Total 29 stated, 27 found."]);
    expect(of('item-without-recommendation').map((i) => i.subject).sort()).toEqual([2, 5, 7, 8, 12].map((n) => `${PLAN}/item-${n}`).sort());
  });

  it('say why an item is linked by its words alone, and what a row of a missing item completes', () => {
    expect(of('addressee-missing').map((i) => i.message)).toEqual([
      expect.stringMatching(/^Addressee missing in the source: action plan item 11 follows items 9, 10, missing from the document, .* recommendation 4 to West Kent PDU nearly word for word \(match 100%\)/),
    ]);
    expect(of('orphan-row').map((i) => i.message)).toEqual([expect.stringContaining('Its words complete recommendation 2 to West Kent PDU.')]);
  });

  it('name passing mentions and unanswered recommendations', () => {
    expect(of('passing-mention').map((i) => i.message)).toEqual([expect.stringMatching(/^North East region is named at line \d+ but not inspected/)]);
    const unanswered = of('recommendation-without-response').map((i) => i.message);
    expect(unanswered).toContain("No action plan in the collection answers this document's 33 recommendations.");
    expect(unanswered.filter((m) => m.startsWith('Recommendation '))).toHaveLength(3);
  });

  it('find no score, band or cross-reference the seeds disagree on', () => {
    expect([...of('score-sum'), ...of('key-question-band'), ...of('cross-reference')]).toEqual([]);
  });

  it('report a score that does not add up, and a maximum that is not 3 × the standards', () => {
    const c = copy();
    const surrey = c.reports.find((r) => r.data.id === 'surrey-pdu-inspection-2024-03')!.data;
    surrey.verdicts[0]!.score = 4;
    surrey.verdicts[0]!.score_max = 24;
    expect(run(scoreSum, c).map((i) => i.message)).toEqual([
      "Stated score 4 for pdu-surrey differs from the sum of its standards' ratings (3).",
      'Maximum score 24 for pdu-surrey is not 3 × 7 rated standards.',
    ]);
  });

  it('report a driving key question outside its rating’s band', () => {
    const c = copy();
    const kq = c.keyQuestions.find((k) => k.data.report_id === 'surrey-pdu-inspection-2024-03' && k.data.drives_rating)!.data;
    kq.percent_yes = 90;
    expect(run(keyQuestionBand, c).map((i) => i.message)).toEqual([expect.stringMatching(new RegExp(`^${kq.standard_code} is rated .*, but its driving key question \\(90%\\) falls in the Outstanding band\\.$`))]);
  });

  it('report a cross-reference to an item the plan does not have', () => {
    const c = copy();
    const item = c.actionPlanItems.find((i) => i.data.report_id === PLAN)!.data;
    item.cross_references = [{ number: 99, item: null }];
    expect(run(crossReference, c).map((i) => i.message)).toEqual([`Item ${item.item} refers to recommendation 99, which is not in the plan.`]);
  });

  it('give repeated subjects of one check ids in order', () => {
    const twice: Check = () => [1, 2].map((n) => ({ check: 'score-sum', report_id: null, lines: null, subject: 'x', message: `${n}` }));
    expect(runChecks({ corpus, planTotals: new Map(), observed: none }, [twice]).map((i) => `${i.id} ${i.message}`)).toEqual(['score-sum-x 1', 'score-sum-x-2 2']);
  });
});
