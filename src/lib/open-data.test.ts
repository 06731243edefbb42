import { describe, expect, it } from 'vitest';
import {
  actionPlanJson, entitiesCsv, entityDocumentsCsv, findingsJson, findingsJsonChunks, keyQuestionsCsv, ratingsCsv, recommendationsJson, reportsCsv, reportsJson, standardsCsv,
} from './open-data';
import type { ActionPlanItem, Entity, Finding, KeyQuestion, Recommendation, Report, Standard } from '../schemas';

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
    const out = JSON.parse(reportsJson([report({ id: 'b' }), report({ id: 'a', score: 3, score_max: 21 })]));
    expect(out.map((r: { id: string }) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(out[0])).toEqual([
      'id', 'kind', 'title', 'entity', 'entity_type', 'region', 'published', 'fieldwork_started', 'score', 'score_max', 'overall_rating', 'source_file',
    ]);
    expect(out[1].score).toBeNull();
  });
});

describe('ratingsCsv', () => {
  it('has the exact header, CRLF rows, resolves entity type and region, sorts rows', () => {
    const r = report({
      id: 'surrey', region: 'region-kss',
      ratings: [
        { entity: 'pdu-surrey', framework: '2023', standard_code: 'P 2.1', standard_name: 'Assessment', rating: 'Inadequate', source_line: 2 },
        { entity: 'pdu-surrey', framework: '2023', standard_code: 'P 1.1', standard_name: 'Leadership, and "more"', rating: 'Good', source_line: 1 },
      ],
    });
    expect(ratingsCsv([r], entities)).toBe(
      'report_id,entity,entity_type,region,framework,standard_code,standard_name,rating\r\n' +
        'surrey,pdu-surrey,pdu,region-kss,2023,P 1.1,"Leadership, and ""more""",Good\r\n' +
        'surrey,pdu-surrey,pdu,region-kss,2023,P 2.1,Assessment,Inadequate\r\n',
    );
  });
  it('gives a region its own id as region', () => {
    const r = report({ id: 'kss', ratings: [{ entity: 'region-kss', framework: '2023', standard_code: 'R 1.1', standard_name: 'Leadership', rating: 'Good', source_line: 1 }] });
    expect(ratingsCsv([r], entities).split('\r\n')[1]).toBe('kss,region-kss,region,region-kss,2023,R 1.1,Leadership,Good');
  });
});

describe('keyQuestionsCsv', () => {
  it('writes integers and true/false', () => {
    const kq: KeyQuestion = {
      id: 'k', report_id: 'r', entity: 'pdu-surrey', standard: 's', standard_code: 'P 2.1', question: 'Is it, really?', percent_yes: 24,
      drives_rating: true, finding_id: 'r/x', source_line: 1, order: 0,
    };
    expect(keyQuestionsCsv([kq, { ...kq, id: 'j', question: 'Another', percent_yes: 60, drives_rating: false }], [standard('s', '2023', 'pdu', 'P 2.1')])).toBe(
      'report_id,entity,standard_code,question,percent_yes,drives_rating,framework\r\n' +
        'r,pdu-surrey,P 2.1,Another,60,false,2023\r\n' +
        'r,pdu-surrey,P 2.1,"Is it, really?",24,true,2023\r\n',
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
    expect(Object.keys(out[0])).toEqual(['report_id', 'item', 'addressees', 'recommendation', 'status', 'actions', 'owners', 'target_dates', 'answers']);
    expect(out[0].answers).toEqual(['rep/rec-1']);
    expect(out[0].owners).toEqual(['o']);
    expect(out[0].target_dates).toEqual([]);
  });
  it('writes recommendations with the contract keys', () => {
    const rec: Recommendation = {
      id: 'rep/rec-1', report_id: 'rep', number: null, addressee: 'Surrey PDU', addressee_entities: [], about_entity: null, text: 't', themes: [],
      finding_id: 'rep/rec-1', response_item: null, match_score: null, source_lines: [1, 1], order: 0,
    };
    expect(Object.keys(JSON.parse(recommendationsJson([rec]))[0])).toEqual(['id', 'report_id', 'number', 'addressee', 'text', 'themes', 'response_item']);
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
      expect(Buffer.concat(findingsJsonChunks(fs, SITE)).toString('utf8')).toBe(expected);
    }
  });
});

describe('the tables added for the data package', () => {
  it('reports.csv has the fields of reports.json, empty where null', () => {
    const csv = reportsCsv([report({ id: 'b', title: 'B, "quoted"' }), report({ id: 'a', score: 3, score_max: 21, overall_rating: 'Good', published: '2024-03' })]);
    expect(csv.split('\r\n')[0]).toBe(Object.keys(JSON.parse(reportsJson([report({})]))[0]).join(','));
    expect(csv.split('\r\n').slice(1)).toEqual(['a,pdu-report,T,,,,2024-03,,3,21,Good,f.txt', 'b,pdu-report,"B, ""quoted""",,,,,,,,,f.txt', '']);
  });
  it('entities.csv gives a region as its own region', () => {
    expect(entitiesCsv(entities)).toBe('id,name,type,region\r\npdu-surrey,Surrey,pdu,region-kss\r\nregion-kss,"Kent, Surrey and Sussex",region,region-kss\r\n');
  });
  it('entity-documents.csv has one row per entity and document, sorted', () => {
    const docs: Record<string, string[]> = { 'region-kss': ['r2', 'r1'], 'pdu-surrey': ['r1'] };
    expect(entityDocumentsCsv(entities, (e) => docs[e.id] ?? [])).toBe('entity,report_id\r\npdu-surrey,r1\r\nregion-kss,r1\r\nregion-kss,r2\r\n');
  });
  it('standards.csv names the related standard of the other framework at each level', () => {
    const s = [
      standard('2021-1-1', '2021', 'pdu', '1.1', ['2023-p-1-1', '2023-r-1-1']),
      standard('2023-p-1-1', '2023', 'pdu', 'P 1.1', ['2021-1-1']),
      standard('2023-r-1-1', '2023', 'region', 'R 1.1', ['2021-1-1']),
      standard('2023-r-2-6', '2023', 'region', 'R 2.6'),
    ];
    expect(standardsCsv(s).split('\r\n')).toEqual([
      'id,framework,level,code,name,domain,related_pdu,related_region',
      '2021-1-1,2021,pdu,1.1,Name 1.1,D,2023-p-1-1,2023-r-1-1',
      '2023-p-1-1,2023,pdu,P 1.1,Name P 1.1,D,2021-1-1,',
      '2023-r-1-1,2023,region,R 1.1,Name R 1.1,D,2021-1-1,',
      '2023-r-2-6,2023,region,R 2.6,Name R 2.6,D,,',
      '',
    ]);
  });
});
