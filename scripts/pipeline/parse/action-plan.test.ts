// The action plan parser against the HMPPS response to the Kent, Surrey and Sussex
// inspections. Every expected value here was counted by reading the seed, not printed by the
// parser: per item, the <p> paragraphs of the actions, owners and dates columns in each of its
// rows, less one wherever a paragraph (or an owner) is cut by a page break and goes on in the
// next row.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../read';
import { ParseError, type DocFinding, type ParsedActionPlanItem, type ParsedDocument } from '../types';
import { crossReferences, normaliseRegionName, parseActionPlan } from './action-plan';

const SEED = fileURLToPath(new URL('../../../seeds/003_10eb09f0e2f783d7.txt', import.meta.url));
const lines = decodeSource(readFileSync(SEED)).lines;
const doc = parseActionPlan(lines);
const item = (n: number): ParsedActionPlanItem => {
  const it = doc.actionPlanItems.find((i) => i.item === n);
  if (!it) throw new Error(`no item ${n}`);
  return it;
};
const findings = (d: ParsedDocument) => d.nodes.filter((n): n is DocFinding => n.type === 'finding');

/** [actions, owners, target dates], counted by hand from the seed. */
const COUNTS: Record<number, [number, number, number]> = {
  1: [9, 9, 9], // line 34: 3/3/3; 38: 3/2/2 (first action goes on from 34); 43: 5/4/4 (first action goes on)
  2: [4, 4, 4],
  3: [4, 3, 3], // line 58 ends the 4th action
  4: [7, 6, 6], // line 65 starts new paragraphs ("Alongside this input")
  5: [4, 3, 3], // "…As part of this strategy, Probation" + "Operational Delivery (POD) models…"
  6: [8, 7, 7], // lines 75–79 one row per action, line 75 with a lone "." paragraph; line 83 ends the last
  7: [4, 4, 4], // owner "…/Head of" + "Performance & Quality"
  8: [4, 4, 4], // line 102 is not item 8's: see the orphan test
  11: [3, 2, 2],
  12: [3, 1, 1],
  13: [2, 2, 2],
  14: [3, 3, 3],
  15: [3, 3, 3],
  16: [3, 3, 3],
  17: [2, 2, 2],
  18: [3, 2, 2],
  19: [4, 4, 4],
  20: [6, 6, 6], // "…which will be issued to" + "PP's by SPOs…"
  21: [5, 4, 4],
  22: [3, 3, 3],
  23: [2, 2, 2],
  24: [2, 1, 1],
  25: [2, 2, 2],
  26: [2, 2, 2],
  27: [2, 1, 1], // line 182 starts a new paragraph after "…the Probation Service."
  28: [1, 1, 1],
  29: [2, 2, 2],
};

describe('parseActionPlan: the KSS action plan', () => {
  it('reads the metadata from the cover', () => {
    expect(doc.kind).toBe('action-plan');
    expect(doc.title).toBe(
      'Action plan: response to the HM Inspectorate of Probation inspection recommendations — Kent, Surrey and Sussex region',
    );
    expect(doc.publisher).toBe('HM Prison and Probation Service');
    expect(doc.entityName).toBe('Kent, Surrey and Sussex');
    expect(doc.entityType).toBe('region');
    expect(doc.regionName).toBe('Kent, Surrey and Sussex');
    expect(doc.published).toBe('2024-05-06');
    expect(doc.framework).toBeNull();
    expect(doc.verdicts).toEqual([]);
    expect(doc.ratings).toEqual([]);
    expect(doc.keyQuestions).toEqual([]);
    const region = 'Kent, Surrey and Sussex';
    expect(doc.entitiesMentioned).toEqual([
      { name: 'Brighton and East Sussex', type: 'pdu', regionName: region },
      { name: 'West Sussex', type: 'pdu', regionName: region },
      { name: 'West Kent', type: 'pdu', regionName: region },
      { name: 'East Kent', type: 'pdu', regionName: region },
      { name: 'Surrey', type: 'pdu', regionName: region },
      { name: region, type: 'region', regionName: region },
    ]);
  });

  it('finds items 1–8 and 11–29, in order, with their labels as written', () => {
    expect(doc.actionPlanItems.map((i) => i.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, ...Array.from({ length: 19 }, (_, k) => k + 11)]);
    expect(item(6).itemLabel).toBe('6.');
    expect(item(8).itemLabel).toBe('8.');
    expect(item(7).itemLabel).toBe('7');
  });

  it('reads each status: items 12 and 28 Partly Agreed, the rest Agreed', () => {
    for (const it of doc.actionPlanItems) {
      expect([it.item, it.status]).toEqual([it.item, it.item === 12 || it.item === 28 ? 'Partly Agreed' : 'Agreed']);
    }
  });

  it('counts the actions, owners and target dates of every item as the document has them', () => {
    const got = Object.fromEntries(doc.actionPlanItems.map((i) => [i.item, [i.actions.length, i.owners.length, i.targetDates.length]]));
    expect(got).toEqual(COUNTS);
  });

  it('re-joins owners split mid-phrase across a page break', () => {
    expect(item(1).owners).toEqual([
      'Head of Operations',
      'Heads of PDU',
      'Head of Operations/Head of Public Protection/Head of Performance & Quality',
      'Head of Operations/Head of Public Protection/Heads of PDU/Head of Performance & Quality',
      'Head of Performance and Quality Heads of PDU/Head of Public Protection',
      'Head of Performance & Quality',
      'Head of Performance & Quality',
      'Head of Performance & Quality',
      'Heads of PDU/Probation Learning Lead',
    ]);
    expect(item(7).owners[2]).toBe('Head of Operations/Head of Public Protection/Head of Performance & Quality');
    expect(item(11).owners[1]).toBe('Head of Operations/Heads of PDU/Head of Performance & Quality/Head of Public Protection');
    expect(item(16).owners[0]).toBe('Head of Operations / Heads of PDU/Head of Special Projects, KSS/Court Strategic Lead');
    expect(item(18).owners[1]).toBe('Head of Operations / Head of Public Protection / Heads of PDU / Head of Performance & Quality');
    expect(item(21).owners[1]).toBe('Head of Operations / Head of Performance & Quality');
    expect(item(1).targetDates).toEqual([
      'March 2025', 'March 2025', 'June 2025',
      'Completed and ongoing', 'Completed and ongoing',
      'September 2024', 'September 2024', 'Completed and ongoing', 'Completed and ongoing',
    ]);
    expect(item(28).targetDates).toEqual(['September 2024 (initial review) and ongoing']);
  });

  it('re-joins actions cut by a page break, and keeps the words as written', () => {
    expect(item(1).actions[2]).toContain(
      'These workshops have a greater emphasis on skills practice and the questions/practice related to gathering this information and subsequently how to take the appropriate action.',
    );
    expect(item(1).actions[4]).toContain('risk reviews and auditing of cases which looks at the quality of risk information and practice.');
    expect(item(5).actions[1]).toContain('As part of this strategy, Probation Operational Delivery (POD) models have been implemented for women and young people.');
    expect(item(20).actions[3]).toContain('which will be issued to PP\'s by SPOs, following which');
    expect(item(29).actions[0]).toMatch(/continues through the National Operational Stability Panel\.$/);
    expect(item(3).actions[3]).toMatch(/Given that this does not automatically equate to quality, an audit of management oversight/);
    // Typos and the lone "." stay.
    expect(item(6).actions[2]).toMatch(/^SS will develop the input offered to SPO's/);
    expect(item(6).actions[3]).toBe('.');
    expect(item(28).actions).toEqual([
      'This recommendation is partly agreed because mandating office attendance for agency workers could pose a risk in deterring staff from applying to agency roles. This could result in less staffing support for regions. To ensure that agency staff are deployed in accordance with business need, we will work closely with Senior Regional Leaders and seek assurances that the appropriate working arrangements are in place.',
    ]);
    // Entities decoded.
    expect(item(14).actions[2]).toMatch(/^The regional Learning & Development team/);
  });

  it('re-joins the recommendation across page breaks, addressee headings included', () => {
    expect(item(1).recommendation).toBe(
      'Brighton and East Sussex, West Sussex, East Kent and West Kent PDUs should: ensure domestic abuse and safeguarding information is analysed sufficiently to inform the quality of assessment, planning and management of people on probation. ' +
        'AND Surrey PDU should ensure: domestic abuse and safeguarding information is complete and analysed sufficiently to inform the quality of assessment, planning and management of people on probation. ' +
        'AND East Kent PDU should ensure: ensure all actual and potential victims of domestic abuse are identified accurately.',
    );
    expect(item(5).recommendation).toBe(
      'West Sussex PDU should: understand the needs and address the actual and potential barriers for people on probation to promote equality, diversity and inclusion ' +
        'AND East Kent PDU should: ensure sufficient attention is paid to promote equality, diversity and inclusion, addressing actual and potential barriers (for engagement/compliance) for people on probation.',
    );
    expect(item(8).recommendation).toBe(
      "ensure work is undertaken with other agencies to manage domestic abuse and child safeguarding, such as the police and children's social care services, to ensure actual and potential victims are sufficiently protected.",
    );
    expect(item(13).recommendation).toBe('ensure that people on probation with a protected characteristic have access to appropriate services and interventions.');
    expect(item(16).recommendation).toBe('work with sentencers to ensure advice from probation court staff is obtained for appropriate pre-sentence.');
  });

  it('reads the addressees from the cells and from addressee rows', () => {
    expect(item(1).addressees).toEqual(['Brighton and East Sussex, West Sussex, East Kent and West Kent PDUs', 'Surrey PDU', 'East Kent PDU']);
    expect(item(2).addressees).toEqual(['Brighton and East Sussex, West Sussex, East Kent PDUs']);
    expect(item(5).addressees).toEqual(['West Sussex PDU', 'East Kent PDU']);
    expect(item(6).addressees).toEqual(['West Sussex and Surrey PDUs']);
    expect(item(7).addressees).toEqual(['Brighton and East Sussex PDU']);
    expect(item(8).addressees).toEqual(['East Kent PDU']);
    expect(item(12).addressees).toEqual(['Surrey PDU']);
    expect(item(14).addressees).toEqual(['Kent, Surrey and Sussex region']);
    expect(item(21).addressees).toEqual(['Kent, Surrey and Sussex region']);
    expect(item(22).addressees).toEqual(['HM Prison and Probation Service (HMPPS)']);
    expect(item(29).addressees).toEqual(['HM Prison and Probation Service (HMPPS)']);
  });

  it('collects cross-references as written', () => {
    const refs = Object.fromEntries(doc.actionPlanItems.filter((i) => i.crossReferences.length).map((i) => [i.item, i.crossReferences]));
    expect(refs).toEqual({ 3: [22], 5: [21], 11: [3], 13: [5, 11], 18: [1], 21: [3] });
  });

  it('reads the totals table', () => {
    expect(doc.planTotals).toEqual({ agreed: 27, partlyAgreed: 2, notAgreed: 0, total: 29, line: 192 });
  });

  it('gives items and findings their source lines', () => {
    expect(item(1).lines).toEqual([34, 43]);
    expect(item(3).lines).toEqual([53, 58]);
    expect(item(6).lines).toEqual([71, 83]);
    expect(item(8).lines).toEqual([91, 95]);
    expect(item(12).lines).toEqual([111, 111]);
    expect(item(29).lines).toEqual([184, 188]);
    const nodeOf = (it: ParsedActionPlanItem, k: number) => doc.nodes[it.nodes[k]!] as DocFinding;
    expect(nodeOf(item(1), 0).kind).toBe('recommendation');
    expect(nodeOf(item(1), 0).lines).toEqual([34, 38]);
    expect(nodeOf(item(1), 3).lines).toEqual([34, 38]); // action 3, cut at the page break
    expect(nodeOf(item(1), 5).lines).toEqual([38, 43]); // action 5
    expect(nodeOf(item(1), 9).lines).toEqual([43, 43]);
    expect(nodeOf(item(5), 0).lines).toEqual([66, 70]);
    expect(nodeOf(item(7), 0).lines).toEqual([85, 85]);
    expect(nodeOf(item(27), 2).lines).toEqual([182, 182]);
  });

  it('links each item to its findings: the recommendation, then one finding per action, owners and dates in none', () => {
    for (const it of doc.actionPlanItems) {
      const ns = it.nodes.map((k) => doc.nodes[k]!);
      expect(ns.every((n) => n.type === 'finding')).toBe(true);
      const fs = ns as DocFinding[];
      expect(fs[0]!.kind).toBe('recommendation');
      expect(fs[0]!.text).toBe(it.recommendation);
      expect(fs.slice(1).map((f) => f.kind)).toEqual(it.actions.map(() => 'action'));
      expect(fs.slice(1).map((f) => f.text)).toEqual(it.actions);
      for (const f of fs.slice(1)) {
        for (const o of it.owners) if (o.length > 25) expect(f.text).not.toContain(o);
      }
    }
  });

  it('turns addressee rows and the HMPPS paragraph into headings, and keeps the other table rows', () => {
    const headings = doc.nodes.filter((n) => n.type === 'heading').map((h) => [h.line, h.text]);
    expect(headings).toEqual([
      [18, 'INTRODUCTION'],
      [31, 'ACTION PLAN: PROBATION SERVICE – KENT, SURREY, SUSSEX REGION'],
      [84, 'Brighton and East Sussex PDU should:'],
      [90, 'East Kent PDU should:'],
      [110, 'Surrey PDU should:'],
      [117, 'Kent, Surrey and Sussex region should:'],
      [160, 'HM Prison and Probation Service (HMPPS) should:'],
    ]);
    const rows = findings(doc).filter((f) => f.kind === 'table-row').map((f) => f.lines[0]);
    expect(rows).toEqual([24, 25, 26, 27, 33, 102, 191, 192, 193, 194, 195]);
    const cover = findings(doc).filter((f) => f.kind === 'metadata').map((f) => f.lines);
    expect(cover).toEqual([[5, 6], [8, 8], [10, 11], [13, 14], [16, 16]]);
    expect(findings(doc).filter((f) => f.kind === 'narrative').map((f) => f.lines[0])).toEqual([20, 22]);
  });

  it('keeps line 102 — the tail of an item missing from the document — out of item 8', () => {
    // Item 8's recommendation ends "…sufficiently protected." and the numbering jumps to 11;
    // "protected characteristic is monitored and addressed." carries on a recommendation that is not there.
    const orphan = findings(doc).find((f) => f.lines[0] === 102)!;
    expect(orphan.kind).toBe('table-row');
    expect(orphan.text).toMatch(/^protected characteristic is monitored and addressed\./);
    const inItems = new Set(doc.actionPlanItems.flatMap((i) => i.nodes));
    expect(inItems.has(doc.nodes.indexOf(orphan))).toBe(false);
    expect(item(8).actions.join(' ')).not.toMatch(/Equalities/);
  });

  it('is deterministic', () => {
    const again = parseActionPlan([...lines]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });
});

// ---------------------------------------------------------------------------------------
// Fidelity: every word of the document lands once, in order, within its lines.

/** Word tokens of source text: tags dropped (<sup> without a gap: 6<sup>th</sup>), entities decoded. */
function tokens(s: string): string[] {
  const t = s
    .replace(/<\/?sup>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\*\*/g, ' ')
    .replace(/^#+\s/, '');
  return t.match(/[\p{L}\p{N}]+/gu) ?? [];
}
const isSeparator = (l: string) => /^[\s-]*$/.test(l);
const lineTokens = (from: number, to: number) =>
  lines.slice(from - 1, to).flatMap((l) => (isSeparator(l) ? [] : tokens(l)));

function isSubsequence(needle: string[], hay: string[]): boolean {
  let j = 0;
  for (const t of hay) if (j < needle.length && t === needle[j]) j++;
  return j === needle.length;
}
function multiset(ts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

describe('parseActionPlan: fidelity to the document', () => {
  it('places every word exactly once: in a heading or finding, or in an item\'s label, status, owners or dates', () => {
    const source = lineTokens(1, lines.length);
    const placed = [
      ...doc.nodes.flatMap((n) => tokens(n.text)),
      ...doc.actionPlanItems.flatMap((i) => [...tokens(i.itemLabel), ...tokens(i.status), ...i.owners.flatMap(tokens), ...i.targetDates.flatMap(tokens)]),
    ];
    const a = multiset(source);
    const b = multiset(placed);
    const missing = [...a].filter(([t, n]) => (b.get(t) ?? 0) < n).map(([t, n]) => `${t}×${n - (b.get(t) ?? 0)}`);
    const extra = [...b].filter(([t, n]) => (a.get(t) ?? 0) < n).map(([t, n]) => `${t}×${n - (a.get(t) ?? 0)}`);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(placed.length).toBe(source.length);
  });

  it('reads every node, owner and date in document order within its own source lines', () => {
    let prev = 0;
    for (const n of doc.nodes) {
      const [from, to] = n.type === 'heading' ? [n.line, n.line] : n.lines;
      expect(from).toBeGreaterThanOrEqual(prev);
      prev = from;
      expect(isSubsequence(tokens(n.text), lineTokens(from, to)), `node at line ${from}: ${n.text.slice(0, 60)}`).toBe(true);
    }
    for (const it of doc.actionPlanItems) {
      const hay = lineTokens(it.lines[0], it.lines[1]);
      expect(isSubsequence(it.owners.flatMap(tokens), hay), `owners of item ${it.item}`).toBe(true);
      expect(isSubsequence(it.targetDates.flatMap(tokens), hay), `dates of item ${it.item}`).toBe(true);
      expect(isSubsequence(it.actions.flatMap(tokens), hay), `actions of item ${it.item}`).toBe(true);
    }
  });

  it('the concatenated text of the nodes holds the document\'s prose words in order', () => {
    // Outside the items table (cover, introduction, terms, totals) the nodes read exactly as the document.
    const all = doc.nodes.flatMap((n) => tokens(n.text));
    expect(isSubsequence(lineTokens(1, 33), all)).toBe(true);
    expect(isSubsequence(lineTokens(189, lines.length), all)).toBe(true);
  });

  it('never repeats a finding', () => {
    const texts = findings(doc).map((f) => f.text);
    expect(texts.filter((t, k) => texts.indexOf(t) !== k)).toEqual([]);
    expect(texts.every((t) => t.trim() !== '')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// Refusals

function parseError(ls: string[]): ParseError {
  try {
    parseActionPlan(ls);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('expected a ParseError, the document was accepted');
}

describe('parseActionPlan: refusals', () => {
  const withLine = (n: number, text: string) => lines.map((l, k) => (k === n - 1 ? text : l));

  it('refuses a status that is not Agreed / Partly Agreed / Not Agreed, naming the word', () => {
    const e = parseError(withLine(53, lines[52]!.replace('\tAgreed\t', '\tAgreed in principle\t')));
    expect(e.line).toBe(53);
    expect(e.reason).toContain('"Agreed in principle"');
    const e2 = parseError(withLine(183, lines[182]!.replace('\tPartly Agreed\t', '\tDeferred\t')));
    expect(e2.line).toBe(183);
    expect(e2.reason).toContain('"Deferred"');
  });

  it('refuses an item number that appears twice', () => {
    const e = parseError(withLine(111, lines[110]!.replace(/^12\t/, '11\t')));
    expect(e.line).toBe(111);
    expect(e.reason).toMatch(/item 11 appears twice \(first at line 103\)/);
  });

  it('refuses a document with no items', () => {
    const e = parseError(lines.slice(0, 33));
    expect(e.line).toBe(33);
    expect(e.reason).toMatch(/no items/);
    expect(parseError(['Action Plan Submitted: 6 May 2024', '', 'Nothing else.']).reason).toMatch(/no items/);
  });

  it('refuses a document truncated in the middle of the table', () => {
    // Cut after item 3's first row: its action breaks off at "…does not automatically equate".
    let e = parseError(lines.slice(0, 53));
    expect(e.line).toBe(53);
    expect(e.reason).toMatch(/truncated/);
    expect(e.reason).toMatch(/item 3/);
    // Cut inside a cell of item 1's row: a <p> left open.
    e = parseError([...lines.slice(0, 33), lines[33]!.slice(0, 700)]);
    expect(e.line).toBe(34);
    expect(e.reason).toMatch(/truncated/);
    // Cut inside an addressee row: "<b>East Kent" is left as a line of its own.
    e = parseError([...lines.slice(0, 89), '<b>East Kent']);
    expect(e.line).toBe(90);
    expect(e.reason).toMatch(/truncated/);
    // Cut mid-word in the owners column of a continuation row, before the dates column.
    e = parseError([...lines.slice(0, 108), lines[108]!.replace(/Quality\/Head of Public Protection\t$/, 'Quali')]);
    expect(e.line).toBe(109);
    expect(e.reason).toMatch(/part-way through a row/);
    // Cut right after an addressee row.
    e = parseError(lines.slice(0, 84));
    expect(e.line).toBe(84);
    expect(e.reason).toMatch(/addressee/);
    // Cut right after the addressee paragraph "**HM Prison and Probation Service (HMPPS) should:**".
    e = parseError(lines.slice(0, 161));
    expect(e.line).toBe(160);
    expect(e.reason).toMatch(/addressee/);
    // Cut after item 16's first row: "…to ensure advice from" waits for its page-break continuation.
    e = parseError(lines.slice(0, 124));
    expect(e.line).toBe(124);
    expect(e.reason).toMatch(/item 16/);
    // Cut in item 29's row before its status.
    e = parseError([...lines.slice(0, 183), lines[183]!.split('\t').slice(0, 2).join('\t')]);
    expect(e.line).toBe(184);
    expect(e.reason).toMatch(/truncated/);
    // Cut inside the totals table, before its Total row.
    e = parseError(lines.slice(0, 193));
    expect(e.line).toBe(193);
    expect(e.reason).toMatch(/Total row/);
  });

  it('refuses a cut that falls neatly between two rows: a plan without its totals table is truncated', () => {
    expect(() => parseActionPlan(lines.slice(0, 44))).toThrow(/line 44: no totals table/);
  });
});

// ---------------------------------------------------------------------------------------
// Variation: the same kind of document laid out differently.

describe('parseActionPlan: variations the seed does not show', () => {
  const T = '\t';
  const plan = [
    'Action Plan Submitted: 1st June 2023',
    '',
    'A Response to the HM Inspectorate of Probation Inspection Recommendations:',
    '',
    'Exeter PDU, Plymouth PDU – South West Region',
    '',
    'ACTION PLAN: PROBATION SERVICE – SOUTH WEST REGION',
    '',
    ['Rec No.', 'Recommendation', 'Agreed / Partly Agreed / Not Agreed', 'Action(s)', 'Owner', 'Target date'].join(T),
    '**The South West region should:**',
    '',
    ['1', 'improve things for people on', 'Agreed', '<p>We will do one thing.</p> <p>We will do a second thing that is cut</p>', '<p>Head of Operations</p> <p>Jane Smith</p>', '<p>June 2025</p> <p>March 2026</p>'].join(T),
    '',
    '',
    // Five cells: the Rec No column dropped, so every cell sits one to the left.
    ['probation on licence.', '', '<p>across the page.</p> <p>A third thing, see recommendations 2, 3 and 4.</p>', '<p>Head of Quality</p>', '<p>April 2026</p>'].join(T),
    ['2)', 'stop doing the other thing.', 'NOT AGREED', 'We cannot agree this because of operational reasons.', 'N/A', 'N/A'].join(T),
    '',
    ['Recommendations', ''].join(T),
    ['Agreed', '1'].join(T),
    ['Partly Agreed', '0'].join(T),
    ['Not Agreed', '1'].join(T),
    ['Total', '2'].join(T),
  ];
  const d = parseActionPlan(plan);

  it('reads another region and its cover', () => {
    expect(d.entityName).toBe('South West');
    expect(d.title).toBe('Action plan: response to the HM Inspectorate of Probation inspection recommendations — South West region');
    expect(d.published).toBe('2023-06-01');
    expect(d.entitiesMentioned.map((e) => `${e.type}:${e.name}`)).toEqual(['pdu:Exeter', 'pdu:Plymouth', 'region:South West']);
  });

  it('aligns a shifted continuation row by content and re-joins its columns', () => {
    const [one, two] = d.actionPlanItems;
    expect(one!.recommendation).toBe('improve things for people on probation on licence.');
    expect(one!.addressees).toEqual(['The South West region']);
    expect(one!.actions).toEqual(['We will do one thing.', 'We will do a second thing that is cut across the page.', 'A third thing, see recommendations 2, 3 and 4.']);
    expect(one!.owners).toEqual(['Head of Operations', 'Jane Smith', 'Head of Quality']);
    expect(one!.targetDates).toEqual(['June 2025', 'March 2026', 'April 2026']);
    expect(one!.crossReferences).toEqual([2, 3, 4]);
    expect(one!.lines).toEqual([12, 15]);
    expect(two!.itemLabel).toBe('2)');
    expect(two!.status).toBe('Not Agreed');
    expect(two!.owners).toEqual(['N/A']);
    expect(d.planTotals).toEqual({ agreed: 1, partlyAgreed: 0, notAgreed: 1, total: 2, line: 19 });
  });

  it('normalises region names to the inspectorate\'s form', () => {
    expect(normaliseRegionName('Kent, Surrey, Sussex Region')).toBe('Kent, Surrey and Sussex');
    expect(normaliseRegionName('KENT, SURREY, SUSSEX REGION')).toBe('Kent, Surrey and Sussex');
    expect(normaliseRegionName('Kent, Surrey and Sussex region')).toBe('Kent, Surrey and Sussex');
    expect(normaliseRegionName('YORKSHIRE AND THE HUMBER REGION')).toBe('Yorkshire and the Humber');
    expect(normaliseRegionName('Wales')).toBe('Wales');
  });

  it('reads cross-references in their written forms', () => {
    expect(crossReferences(['see recommendation 22.', 'as outlined in recommendation 5 and 11.', 'Recommendation 1 activity', 'This recommendation is agreed'])).toEqual([22, 5, 11, 1]);
  });
});
