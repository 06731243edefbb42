import { describe, expect, it } from 'vitest';
import { constants } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCombinedFindings } from './open-data-files';
import {
  actionPlanItemsCsv, actionPlanJson, actionsCsv, entitiesCsv, entityDocumentsCsv, findingsCsv, findingsCsvChunks, findingsJson, findingsJsonChunks, keyQuestionsCsv,
  ratingsCsv, recommendationsCsv, recommendationsJson, reportsCsv, reportsJson, standardsCsv, themesCsv,
} from './open-data';
import { ACTIONS_TABLE, FINDINGS_TABLE, header } from './data-package';
import { CSV_BOM } from './serialise';
import type { ActionPlanItem, Entity, Finding, KeyQuestion, Recommendation, Report, Standard, Theme } from '../../core/schemas';

const standard = (id: string, framework: Standard['framework'], level: Standard['level'], code: string, related: string[] = []): Standard => ({
  id, framework, level, code, name: `Name ${code}`, domain: 'D', wording: null, key_questions: [], related, order: 0,
});

const report = (over: Partial<Report>): Report => ({
  id: 'r', kind: 'pdu-report', title: 'T', publisher: 'P', entity: null, entity_type: null, region: null, published: null,
  fieldwork_started: null, score: null, score_max: null, overall_rating: null, framework: null, lead_inspector: null,
  chief_inspector: null, isbn: null, cover_title: null, cover_subtitle: null, printed_url: null, publisher_place: null, source_file: 'f.txt', source_sha256: 'x', verdicts: [], ratings: [], entities_mentioned: [],
  outline: [], ...over,
});
const entities: Entity[] = [
  { id: 'region-kss', name: 'Kent, Surrey and Sussex', type: 'region', region: null, aliases: [], documents: [] },
  { id: 'pdu-surrey', name: 'Surrey', type: 'pdu', region: 'region-kss', aliases: [], documents: [] },
];

describe('reportsJson', () => {
  it('writes the contract fields in order, sorted by id, with nulls', () => {
    const out = JSON.parse(reportsJson([report({ id: 'b' }), report({ id: 'a', score: 3, score_max: 21, entity: 'pdu-surrey', region: 'region-kss' })], entities));
    expect(out.map((r: { id: string }) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(out[0])).toEqual([
      'id', 'kind', 'title', 'entity', 'entity_type', 'region', 'published', 'fieldwork_started', 'score', 'score_max', 'overall_rating', 'source_file',
      'entity_name', 'region_name',
    ]);
    expect(out[1].score).toBeNull();
    expect([out[0].entity_name, out[0].region_name, out[1].entity_name]).toEqual(['Surrey', 'Kent, Surrey and Sussex', null]);
  });
});

describe('ratingsCsv', () => {
  it('has the exact header, CRLF rows, resolves entity type and region with their names, sorts rows', () => {
    const r = report({
      id: 'surrey', region: 'region-kss',
      ratings: [
        { entity: 'pdu-surrey', framework: '2023', standard_code: 'P 2.1', standard_name: 'Assessment', rating: 'Inadequate', source_line: 2 },
        { entity: 'pdu-surrey', framework: '2023', standard_code: 'P 1.1', standard_name: 'Leadership, and "more"', rating: 'Good', source_line: 1 },
      ],
    });
    expect(ratingsCsv([r], entities)).toBe(
      '\uFEFFreport_id,entity,entity_type,region,framework,standard_code,standard_name,rating,entity_name,region_name\r\n' +
        'surrey,pdu-surrey,pdu,region-kss,2023,P 1.1,"Leadership, and ""more""",Good,Surrey,"Kent, Surrey and Sussex"\r\n' +
        'surrey,pdu-surrey,pdu,region-kss,2023,P 2.1,Assessment,Inadequate,Surrey,"Kent, Surrey and Sussex"\r\n',
    );
  });
  it('gives a region its own id as region', () => {
    const r = report({ id: 'kss', ratings: [{ entity: 'region-kss', framework: '2023', standard_code: 'R 1.1', standard_name: 'Leadership', rating: 'Good', source_line: 1 }] });
    expect(ratingsCsv([r], entities).split('\r\n')[1]).toBe('kss,region-kss,region,region-kss,2023,R 1.1,Leadership,Good,"Kent, Surrey and Sussex","Kent, Surrey and Sussex"');
  });
});

describe('keyQuestionsCsv', () => {
  it('writes integers and true/false, and the names of the entity and the standard', () => {
    const kq: KeyQuestion = {
      id: 'k', report_id: 'r', entity: 'pdu-surrey', standard: 's', standard_code: 'P 2.1', question: 'Is it, really?', percent_yes: 24,
      drives_rating: true, finding_id: 'r/x', source_line: 1, order: 0,
    };
    expect(keyQuestionsCsv([kq, { ...kq, id: 'j', question: 'Another', percent_yes: 60, drives_rating: false }], [standard('s', '2023', 'pdu', 'P 2.1')], entities)).toBe(
      '\uFEFFreport_id,entity,standard_code,question,percent_yes,drives_rating,framework,entity_name,standard_name\r\n' +
        'r,pdu-surrey,P 2.1,Another,60,false,2023,Surrey,Name P 2.1\r\n' +
        'r,pdu-surrey,P 2.1,"Is it, really?",24,true,2023,Surrey,Name P 2.1\r\n',
    );
  });
});

describe('actionPlanJson / recommendationsJson / findingsJson', () => {
  const item: ActionPlanItem = {
    id: 'ap/item-10', report_id: 'ap', item: 10, item_label: '10', addressees: ['A'], addressee_entities: [], recommendation: 'r', status: 'Agreed',
    actions: ['x', 'y'], owners: ['o'], owner_roles: [[{ key: 'o', label: 'o' }]], target_dates: [], targets: [], answers: [{ recommendation: 'rep/rec-1', score: 0.9 }], cross_references: [],
    finding_ids: [], source_lines: [1, 2],
  };
  it('sorts items numerically and lists answers as ids, never padding lists', () => {
    const out = JSON.parse(actionPlanJson([item, { ...item, id: 'ap/item-2', item: 2 }]));
    expect(out.map((i: { item: number }) => i.item)).toEqual([2, 10]);
    expect(Object.keys(out[0])).toEqual(['report_id', 'item', 'addressees', 'recommendation', 'status', 'actions', 'owners', 'target_dates', 'answers', 'id']);
    expect(out[0].id).toBe('ap/item-2');
    expect(out[0].answers).toEqual(['rep/rec-1']);
    expect(out[0].owners).toEqual(['o']);
    expect(out[0].target_dates).toEqual([]);
  });
  it('writes recommendations with the contract keys', () => {
    const rec: Recommendation = {
      id: 'rep/rec-1', report_id: 'rep', number: null, addressee: 'Surrey PDU', addressee_entities: [], about_entity: null, text: 't', themes: [],
      finding_id: 'rep/rec-1', response_item: null, match_score: null, source_lines: [1, 1], order: 0,
    };
    expect(Object.keys(JSON.parse(recommendationsJson([rec]))[0])).toEqual(['id', 'report_id', 'number', 'addressee', 'text', 'themes', 'response_item', 'response_row']);
    expect(JSON.parse(recommendationsJson([{ ...rec, response_row: 'plan/p-1' }]))[0].response_row).toBe('plan/p-1');
  });
  it("writes finding permalinks, absolute at the site's address", () => {
    const f: Finding = {
      id: 'rep/p-1', anchor: 'p-1', report_id: 'rep', kind: 'narrative', section: 'S', section_id: null, entity: null, standard: null,
      standard_code: null, text: 't', themes: [], footnotes: [], source_lines: [3, 4], order: 0, first_abbreviations: [],
    };
    expect(JSON.parse(findingsJson([f], 'https://example.org'))[0].url).toBe('https://example.org/reports/rep/#p-1');
    expect(Object.keys(JSON.parse(findingsJson([f], 'https://example.org'))[0])).toEqual(['id', 'report_id', 'kind', 'section', 'standard_code', 'text', 'themes', 'url', 'source_lines']);
  });
});

describe('findingsJsonChunks', () => {
  const SITE = 'https://example.org';
  const f = (id: string, text: string) => ({ id: `rep/${id}`, report_id: 'rep', anchor: id, kind: 'narrative', section: 'S', standard: null, standard_code: null, text, themes: ['t'], source_lines: [1, 2], entity: null, order: 0 }) as unknown as Parameters<typeof findingsJson>[0][number];
  it('concatenate to exactly the JSON of the records, for none, one and several findings', () => {
    for (const fs of [[], [f('p-1', 'a "quoted"\nline')], [f('p-2', 'b'), f('p-1', 'é ünïcode'), f('p-10', 'c')]]) {
      const expected = JSON.stringify(JSON.parse(findingsJson(fs, SITE)), null, 2) + '\n';
      expect(findingsJson(fs, SITE)).toBe(expected);
      expect(Buffer.concat([...findingsJsonChunks(fs, SITE)]).toString('utf8')).toBe(expected);
    }
  });
});

describe('the tables added for the data package', () => {
  it('reports.csv has the fields of reports.json, empty where null', () => {
    const csv = reportsCsv([report({ id: 'b', title: 'B, "quoted"' }), report({ id: 'a', score: 3, score_max: 21, overall_rating: 'Good', published: '2024-03', entity: 'region-kss', region: 'region-kss' })], entities);
    expect(csv.split('\r\n')[0]).toBe(CSV_BOM + Object.keys(JSON.parse(reportsJson([report({})], entities))[0]).join(','));
    expect(csv.split('\r\n').slice(1)).toEqual([
      'a,pdu-report,T,region-kss,,region-kss,2024-03,,3,21,Good,f.txt,"Kent, Surrey and Sussex","Kent, Surrey and Sussex"', 'b,pdu-report,"B, ""quoted""",,,,,,,,,f.txt,,', '',
    ]);
  });
  it('entities.csv gives a region as its own region, with its name', () => {
    expect(entitiesCsv(entities)).toBe(
      '\uFEFFid,name,type,region,region_name\r\npdu-surrey,Surrey,pdu,region-kss,"Kent, Surrey and Sussex"\r\nregion-kss,"Kent, Surrey and Sussex",region,region-kss,"Kent, Surrey and Sussex"\r\n',
    );
  });
  it('entity-documents.csv has one row per entity and document, sorted, with their names', () => {
    const doc = (id: string) => ({ id, title: `Title — ${id}` });
    const docs: Record<string, { id: string; title: string }[]> = { 'region-kss': [doc('r2'), doc('r1')], 'pdu-surrey': [doc('r1')] };
    expect(entityDocumentsCsv(entities, (e) => docs[e.id] ?? [])).toBe(
      '\uFEFFentity,report_id,entity_name,title\r\npdu-surrey,r1,Surrey,Title — r1\r\nregion-kss,r1,"Kent, Surrey and Sussex",Title — r1\r\nregion-kss,r2,"Kent, Surrey and Sussex",Title — r2\r\n',
    );
  });
  it('standards.csv names the related standard of the other framework at each level', () => {
    const s = [
      standard('2021-1-1', '2021', 'pdu', '1.1', ['2023-p-1-1', '2023-r-1-1']),
      standard('2023-p-1-1', '2023', 'pdu', 'P 1.1', ['2021-1-1']),
      standard('2023-r-1-1', '2023', 'region', 'R 1.1', ['2021-1-1']),
      standard('2023-r-2-6', '2023', 'region', 'R 2.6'),
    ];
    expect(standardsCsv(s).split('\r\n')).toEqual([
      '\uFEFFid,framework,level,code,name,domain,related_pdu,related_region',
      '2021-1-1,2021,pdu,1.1,Name 1.1,D,2023-p-1-1,2023-r-1-1',
      '2023-p-1-1,2023,pdu,P 1.1,Name P 1.1,D,2021-1-1,',
      '2023-r-1-1,2023,region,R 1.1,Name R 1.1,D,2021-1-1,',
      '2023-r-2-6,2023,region,R 2.6,Name R 2.6,D,,',
      '',
    ]);
  });
});

describe('the tables of recommendations, action plans and findings', () => {
  const themes: Theme[] = [
    { id: 'court-work', name: 'Court work', definition: 'Courts.', terms: [], abbreviations: [] },
    { id: 'domestic-abuse', name: 'Domestic abuse', definition: 'Abuse, "at home".', terms: [], abbreviations: [] },
  ];
  const rec = (over: Partial<Recommendation>): Recommendation => ({
    id: 'rep/rec-1', report_id: 'rep', number: 1, addressee: 'Surrey PDU', addressee_entities: ['pdu-surrey'], about_entity: 'pdu-surrey', text: 'improve, "quickly"',
    themes: ['domestic-abuse', 'court-work'], finding_id: 'rep/p-1', response_item: 'ap/item-3', match_score: 0.92, source_lines: [1, 1], order: 0, ...over,
  });
  const item = (over: Partial<ActionPlanItem>): ActionPlanItem => ({
    id: 'ap/item-3', report_id: 'ap', item: 3, item_label: '3', addressees: ['Surrey PDU', 'East Kent, West Kent PDUs'], addressee_entities: [], recommendation: 'r',
    status: 'Partly Agreed', actions: ['a1', 'a2'], owners: ['Heads of PDU / DD Probation Operations Directorate', 'Head of HR, KSS'],
    owner_roles: [[{ key: 'head of pdu', label: 'Heads of PDU' }, { key: 'deputy director probation operation directorate', label: 'DD Probation Operations Directorate' }], [{ key: 'head of hr', label: 'Head of HR, KSS' }]],
    target_dates: ['March 2025', 'Completed and ongoing'], targets: [{ date: '2025-03-31', complete: false, ongoing: false }, { date: null, complete: true, ongoing: true }],
    answers: [{ recommendation: 'rep/rec-1', score: 0.92 }, { recommendation: 'rep/rec-10', score: 0.7 }], cross_references: [], finding_ids: [], source_lines: [1, 2], ...over,
  });

  it('themes.csv: id, name and definition', () => {
    expect(themesCsv([themes[1]!, themes[0]!])).toBe('\uFEFFid,name,definition\r\ncourt-work,Court work,Courts.\r\ndomestic-abuse,Domestic abuse,"Abuse, ""at home""."\r\n');
  });

  it('recommendations.csv: the fields of recommendations.json, themes as ids and names joined by "; ", the surviving plan row, the entity named', () => {
    const rows = recommendationsCsv([rec({ id: 'rep/rec-10', number: 10, themes: [], response_item: null, match_score: null, response_row: 'ap/p-9' }), rec({})], themes, entities).split('\r\n');
    expect(rows).toEqual([
      '\uFEFFid,report_id,number,addressee,text,themes,response_item,response_row,theme_names,entity,entity_name,response_match_score',
      'rep/rec-1,rep,1,Surrey PDU,"improve, ""quickly""",domestic-abuse; court-work,ap/item-3,,Domestic abuse; Court work,pdu-surrey,Surrey,0.92',
      'rep/rec-10,rep,10,Surrey PDU,"improve, ""quickly""",,,ap/p-9,,pdu-surrey,Surrey,',
      '',
    ]);
  });

  it('action-plan-items.csv: one row per item, addressees and answers joined by "; ", sorted by id', () => {
    expect(actionPlanItemsCsv([item({}), item({ id: 'ap/item-10', item: 10, answers: [], addressees: ['Surrey PDU'] })]).split('\r\n')).toEqual([
      '\uFEFFid,report_id,item,addressees,recommendation,status,answers',
      'ap/item-3,ap,3,"Surrey PDU; East Kent, West Kent PDUs",r,Partly Agreed,rep/rec-1; rep/rec-10',
      'ap/item-10,ap,10,Surrey PDU,r,Partly Agreed,',
      '',
    ]);
  });

  it('actions.csv: each action beside its owner and target date, as written and as read', () => {
    expect(actionsCsv([item({})]).split('\r\n')).toEqual([
      `\uFEFF${header(ACTIONS_TABLE).join(',')}`,
      'ap/item-3/1,ap/item-3,ap,1,a1,Heads of PDU / DD Probation Operations Directorate,head of pdu; deputy director probation operation directorate,March 2025,2025-03-31,false,false',
      'ap/item-3/2,ap/item-3,ap,2,a2,"Head of HR, KSS",head of hr,Completed and ongoing,,true,true',
      '',
    ]);
  });

  it('actions.csv: never pads a missing owner or date, and keeps an owner or date listed beyond the actions on a row of its own', () => {
    const short = item({ actions: ['a1', 'a2', 'a3'], owners: ['O1'], owner_roles: [[{ key: 'o1', label: 'O1' }]], target_dates: ['June 2024'], targets: [{ date: '2024-06-30', complete: false, ongoing: false }] });
    expect(actionsCsv([short]).split('\r\n').slice(1, -1)).toEqual([
      'ap/item-3/1,ap/item-3,ap,1,a1,O1,o1,June 2024,2024-06-30,false,false',
      'ap/item-3/2,ap/item-3,ap,2,a2,,,,,,',
      'ap/item-3/3,ap/item-3,ap,3,a3,,,,,,',
    ]);
    const long = item({ actions: ['a1'], target_dates: ['March 2025', 'Completed and ongoing', 'Complete'], targets: [...item({}).targets, { date: null, complete: true, ongoing: false }] });
    expect(actionsCsv([long]).split('\r\n').slice(1, -1)).toEqual([
      'ap/item-3/1,ap/item-3,ap,1,a1,Heads of PDU / DD Probation Operations Directorate,head of pdu; deputy director probation operation directorate,March 2025,2025-03-31,false,false',
      'ap/item-3/2,ap/item-3,ap,2,,"Head of HR, KSS",head of hr,Completed and ongoing,,true,true',
      'ap/item-3/3,ap/item-3,ap,3,,,,Complete,,true,false',
    ]);
  });

  const finding = (id: string, text: string, over: Partial<Finding> = {}): Finding => ({
    id: `rep/${id}`, anchor: id, report_id: 'rep', kind: 'narrative', section: 'Summary – Kent', section_id: null, entity: null, standard: null,
    standard_code: null, text, themes: [], footnotes: [], source_lines: [3, 4], order: 0, first_abbreviations: [], ...over,
  });
  const standards = [standard('2023-p-1-1', '2023', 'pdu', 'P 1.1')];

  it('findings.csv: the records of findings.json, the framework beside the standard code, the line range as two integers', () => {
    const fs = [finding('p-2', 'Staff said "yes", then\nno.', { standard: '2023-p-1-1', standard_code: 'P 1.1', themes: ['court-work', 'domestic-abuse'] }), finding('p-1', 'é — ü')];
    expect(findingsCsv(fs, standards, 'https://example.org').split('\r\n')).toEqual([
      `\uFEFF${header(FINDINGS_TABLE).join(',')}`,
      'rep/p-1,rep,narrative,Summary – Kent,,,é — ü,,https://example.org/reports/rep/#p-1,3,4',
      'rep/p-2,rep,narrative,Summary – Kent,2023,P 1.1,"Staff said ""yes"", then\nno.",court-work; domestic-abuse,https://example.org/reports/rep/#p-2,3,4',
      '',
    ]);
    const json = JSON.parse(findingsJson(fs, 'https://example.org')) as { url: string; source_lines: number[] }[];
    expect(json.map((f) => f.url)).toEqual(['https://example.org/reports/rep/#p-1', 'https://example.org/reports/rep/#p-2']);
  });

  it('findings.csv is made as chunks, one at a time, that join, as bytes, to the file: a file longer than V8 can hold as a string is made, never held whole', () => {
    // 1,000 documents of the seeds' size give about 100 MB; this list gives more than the
    // longest string V8 can hold, so findingsCsvChunks could not succeed if it built one.
    const text = 'x'.repeat(1_000_000);
    const many = Array.from({ length: Math.ceil(constants.MAX_STRING_LENGTH / text.length) + 1 }, (_, i) => finding(`p-${i}`, text));
    let count = 0;
    let bytes = 0;
    let largest = 0;
    for (const c of findingsCsvChunks(many, standards, 'https://example.org')) {
      count++;
      bytes += c.length;
      largest = Math.max(largest, c.length);
    }
    expect(count).toBe(many.length + 1);
    expect(bytes).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    expect(largest).toBeLessThan(text.length + 250);
    const few = [finding('p-2', 'b'), finding('p-1', 'é ünïcode, “quoted”')];
    expect(Buffer.concat([...findingsCsvChunks(few, standards, 'https://example.org')]).toString('utf8')).toBe(findingsCsv(few, standards, 'https://example.org'));
    // About 540 MB of bytes: 2 s of CPU, but 10 s on a machine loaded four times over.
  }, 60_000);

  it('writeCombinedFindings writes both files, each exactly findingsJson and findingsCsv of the findings, from one pass over them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'combined-'));
    try {
      for (const fs of [[], [finding('p-1', 'é — ü')], [finding('p-1', 'a "b"\nc', { standard: '2023-p-1-1', standard_code: 'P 1.1' }), finding('p-2', 'x'), finding('p-10', 'y')]]) {
        let taken = 0;
        const once = (function* () {
          for (const f of fs) {
            taken++;
            yield f;
          }
        })();
        writeCombinedFindings(once, standards, 'https://example.org', dir);
        expect(taken).toBe(fs.length);
        expect(readFileSync(join(dir, 'findings.json'), 'utf8')).toBe(findingsJson(fs, 'https://example.org'));
        expect(readFileSync(join(dir, 'findings.csv'), 'utf8')).toBe(findingsCsv(fs, standards, 'https://example.org'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
