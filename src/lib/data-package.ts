// The open data's one description: a Frictionless Data Package (https://specs.frictionlessdata.io/)
// with a Table Schema for every CSV. /data/datapackage.json serialises it, the CSV builders take
// their headers from it and the /data/ page writes its field tables from it, so the files, the
// machine-readable schema and the prose cannot drift apart.
import { ACTION_PLAN_STATUSES, DOCUMENT_KINDS, EntityType, FINDING_KINDS, Framework, RATINGS } from '../../core/schemas';
import { LIST_SEPARATOR } from './serialise';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  /**
   * A list in one field, items separated by LIST_SEPARATOR; where its items are ids, the table
   * whose id column they refer to (a Table Schema foreign key names a single value, so these
   * are checked by tests/open-data.test.ts instead). Not written to datapackage.json: the
   * description says it in words.
   */
  list?: { of: string | null };
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number; pattern?: string };
}
export interface ForeignKey {
  fields: string | string[];
  /** resource '' is the table itself (Table Schema's self-reference). */
  reference: { resource: string; fields: string | string[] };
}
export interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}
export interface TableResource {
  name: string;
  path: string;
  title: string;
  /** What one row is, for people. */
  description: string;
  schema: TableSchema;
}
export interface JsonResource {
  name: string;
  path: string;
  title: string;
  description: string;
  /** Not part of the Data Package (a Table Schema describes CSV only): the /data/ page lists them. */
  fields: [string, string][];
}

const FRAMEWORKS = Framework.options;
const ENTITY_TYPES = EntityType.options;
const required = { required: true } as const;
const id = (description: string): TableField => ({ name: 'id', type: 'string', description, constraints: { required: true, unique: true } });
const str = (name: string, description: string, constraints?: TableField['constraints']): TableField => ({ name, type: 'string', description, ...(constraints ? { constraints } : {}) });
const oneOf = (name: string, values: readonly string[], description: string, isRequired = true): TableField =>
  str(name, description, { ...(isRequired ? required : {}), enum: values });
const schema = (fields: TableField[], keys: Omit<TableSchema, 'fields' | 'missingValues'> = {}): TableSchema => ({ fields, ...keys, missingValues: [''] });
const toEntity = (field: string): ForeignKey => ({ fields: field, reference: { resource: 'entities', fields: 'id' } });
const toReport = (field = 'report_id'): ForeignKey => ({ fields: field, reference: { resource: 'reports', fields: 'id' } });
const toStandard: ForeignKey = { fields: ['framework', 'standard_code'], reference: { resource: 'standards', fields: ['framework', 'code'] } };
const to = (field: string, resource: string): ForeignKey => ({ fields: field, reference: { resource, fields: 'id' } });
const SEP = `separated by “${LIST_SEPARATOR.trim()}”`;
/** A list of ids of another table (or of free text, with of: null) in one field. */
const listOf = (name: string, of: string | null, description: string): TableField => ({ name, type: 'string', description, list: { of } });
const entityName = (description = 'name of that region or PDU (entities.csv); empty if none') => str('entity_name', description);
const regionName = str('region_name', 'name of that region; empty if none');

export const REPORTS_TABLE: TableResource = {
  name: 'reports',
  path: 'reports.csv',
  title: 'Documents',
  description: 'one row per document (the same records as reports.json)',
  schema: schema(
    [
      id('document id (used in every URL)'),
      oneOf('kind', DOCUMENT_KINDS, 'kind of document'),
      str('title', 'title as published', required),
      str('entity', 'id of the region or PDU the document is about; empty if none'),
      oneOf('entity_type', ENTITY_TYPES, 'type of that entity; empty if none', false),
      str('region', 'id of its region (a region is its own region); empty if none'),
      str('published', 'publication date as the document gives it, YYYY-MM or YYYY-MM-DD; empty if none', { pattern: '[0-9]{4}-[0-9]{2}(-[0-9]{2})?' }),
      { name: 'fieldwork_started', type: 'date', description: 'date fieldwork started, YYYY-MM-DD; empty if not stated' },
      { name: 'score', type: 'integer', description: 'total points (3 a standard rated Outstanding, 2 Good, 1 Requires improvement, 0 Inadequate); empty if not scored', constraints: { minimum: 0 } },
      { name: 'score_max', type: 'integer', description: 'maximum points; empty if not scored', constraints: { minimum: 1 } },
      oneOf('overall_rating', RATINGS, 'overall rating as written; empty if none', false),
      str('source_file', 'the text file the document was read from', required),
      entityName(),
      regionName,
    ],
    { primaryKey: 'id', foreignKeys: [toEntity('entity'), toEntity('region')] },
  ),
};

export const ENTITIES_TABLE: TableResource = {
  name: 'entities',
  path: 'entities.csv',
  title: 'Regions and PDUs',
  description: 'one row per probation region or Probation Delivery Unit (PDU)',
  schema: schema(
    [
      id('region or PDU id, as used in every other file'),
      str('name', 'name, without “region” or “PDU”', required),
      oneOf('type', ENTITY_TYPES, 'region or PDU'),
      str('region', 'id of its region (a region is its own region); empty where the documents do not say'),
      str('region_name', 'name of its region; empty where the documents do not say'),
    ],
    { primaryKey: 'id', foreignKeys: [{ fields: 'region', reference: { resource: '', fields: 'id' } }] },
  ),
};

export const ENTITY_DOCUMENTS_TABLE: TableResource = {
  name: 'entity-documents',
  path: 'entity-documents.csv',
  title: 'Documents about each region and PDU',
  description: 'one row per document about a region or PDU (inspecting, rating, answering or naming it)',
  schema: schema(
    [
      str('entity', 'region or PDU id', required),
      str('report_id', 'document id', required),
      str('entity_name', 'name of the region or PDU', required),
      str('title', 'title of the document as published', required),
    ],
    { primaryKey: ['entity', 'report_id'], foreignKeys: [toEntity('entity'), toReport()] },
  ),
};

export const STANDARDS_TABLE: TableResource = {
  name: 'standards',
  path: 'standards.csv',
  title: 'Inspection standards',
  description: 'one row per standard of the inspection frameworks',
  schema: schema(
    [
      id('standard id (used in /standards/<id>/)'),
      oneOf('framework', FRAMEWORKS, `inspection framework: ${FRAMEWORKS.join(' or ')} programme`),
      oneOf('level', ENTITY_TYPES, 'what it rates: a region or a PDU'),
      str('code', 'code as in the framework, e.g. R 2.1, P 1.1, 2.2; unique within a framework', required),
      str('name', 'name of the standard', required),
      str('domain', 'the domain it belongs to', required),
      str('related_pdu', 'id of the PDU standard of the other framework on the same subject; empty if none'),
      str('related_region', 'id of the regional standard of the other framework on the same subject; empty if none'),
    ],
    {
      primaryKey: 'id',
      foreignKeys: [
        { fields: 'related_pdu', reference: { resource: '', fields: 'id' } },
        { fields: 'related_region', reference: { resource: '', fields: 'id' } },
      ],
    },
  ),
};

export const RATINGS_TABLE: TableResource = {
  name: 'ratings',
  path: 'ratings.csv',
  title: 'Ratings',
  description: 'one row per rating of a standard',
  schema: schema(
    [
      str('report_id', 'document id', required),
      str('entity', 'id of the rated region or PDU', required),
      oneOf('entity_type', ENTITY_TYPES, 'region or PDU'),
      str('region', 'id of its region (a region is its own region)'),
      oneOf('framework', FRAMEWORKS, `inspection framework: ${FRAMEWORKS.join(' or ')} programme`),
      str('standard_code', 'code of the standard in that framework, e.g. R 2.1, P 1.1, 2.2', required),
      str('standard_name', 'name of the standard as the document writes it', required),
      oneOf('rating', RATINGS, 'the rating'),
      str('entity_name', 'name of the rated region or PDU', required),
      str('region_name', 'name of its region'),
    ],
    { primaryKey: ['report_id', 'entity', 'framework', 'standard_code'], foreignKeys: [toReport(), toEntity('entity'), toEntity('region'), toStandard] },
  ),
};

export const KEY_QUESTIONS_TABLE: TableResource = {
  name: 'key-questions',
  path: 'key-questions.csv',
  title: 'Key questions',
  description: 'one row per key question of a case-based standard',
  schema: schema(
    [
      str('report_id', 'document id', required),
      str('entity', 'id of the region or PDU', required),
      str('standard_code', 'code of the standard', required),
      str('question', 'the key question as written', required),
      { name: 'percent_yes', type: 'integer', description: 'percentage of inspected cases judged “Yes”, rounded', constraints: { required: true, minimum: 0, maximum: 100 } },
      { name: 'drives_rating', type: 'boolean', description: 'true for the question that drives the rating, else false', constraints: required },
      oneOf('framework', FRAMEWORKS, 'inspection framework of the standard (added after the other columns, which keep their places)'),
      str('entity_name', 'name of the region or PDU', required),
      str('standard_name', 'name of the standard (standards.csv)'),
    ],
    { foreignKeys: [toReport(), toEntity('entity'), toStandard] },
  ),
};

export const THEMES_TABLE: TableResource = {
  name: 'themes',
  path: 'themes.csv',
  title: 'Themes',
  description: 'one row per theme, the subjects findings and recommendations are tagged with',
  schema: schema(
    [id('theme id (used in /themes/<id>/)'), str('name', 'name of the theme', required), str('definition', 'what the theme covers', required)],
    { primaryKey: 'id' },
  ),
};

export const RECOMMENDATIONS_TABLE: TableResource = {
  name: 'recommendations',
  path: 'recommendations.csv',
  title: 'Recommendations',
  description: 'one row per recommendation (the records of recommendations.json)',
  schema: schema(
    [
      id('recommendation id, <document id>/rec-<number>'),
      str('report_id', 'id of the document that makes it', required),
      { name: 'number', type: 'integer', description: 'number as written; empty where the document does not number them', constraints: { minimum: 1 } },
      str('addressee', 'who should act, as written', required),
      str('text', 'the recommendation, following “<addressee> should”', required),
      listOf('themes', 'themes', `ids of its themes, ${SEP}; empty if none`),
      str('response_item', 'id of the action plan item that answers it; empty where no response to it is on this site'),
      str('response_row', 'where the item answering it is missing from the plan as published but a row of it survives (its number and first row lost at a page break): the id of that row, a finding, whose words complete the recommendation; else empty'),
      listOf('theme_names', null, `names of its themes, in the order of themes, ${SEP}`),
      str('entity', 'id of the region or PDU whose inspection made it; empty if none'),
      entityName(),
      {
        name: 'response_match_score', type: 'number', constraints: { minimum: 0, maximum: 1 },
        description: 'how closely response_item matches it, from 0 to 1 (the site reads 0.8 and above as high confidence, 0.5 and above as medium, else low); empty without response_item',
      },
    ],
    { primaryKey: 'id', foreignKeys: [toReport(), to('response_item', 'action-plan-items'), to('response_row', 'findings'), toEntity('entity')] },
  ),
};

export const ACTION_PLAN_ITEMS_TABLE: TableResource = {
  name: 'action-plan-items',
  path: 'action-plan-items.csv',
  title: 'Action plan items',
  description: 'one row per item of an action plan (the records of action-plan.json, whose actions are in actions.csv)',
  schema: schema(
    [
      id('item id, <action plan id>/item-<number>'),
      str('report_id', 'id of the action plan', required),
      { name: 'item', type: 'integer', description: 'item number', constraints: { required: true, minimum: 1 } },
      listOf('addressees', null, `addressees as written, ${SEP}`),
      str('recommendation', 'the recommendation as the plan words it', required),
      oneOf('status', ACTION_PLAN_STATUSES, 'whether HMPPS agreed the recommendation'),
      listOf('answers', 'recommendations', `ids of the recommendations it answers, ${SEP}; empty if none on this site`),
    ],
    { primaryKey: 'id', foreignKeys: [toReport()] },
  ),
};

export const ACTIONS_TABLE: TableResource = {
  name: 'actions',
  path: 'actions.csv',
  title: 'Actions of the action plans',
  description: 'one row per action of an action plan item, with the owner and target date beside it in the plan, as written and as read',
  schema: schema(
    [
      id('action id, <item id>/<n>'),
      str('item_id', 'id of its action plan item', required),
      str('report_id', 'id of the action plan', required),
      { name: 'n', type: 'integer', description: 'its place in the item, from 1', constraints: { required: true, minimum: 1 } },
      str('action', 'the action as written; empty on a row that only holds an owner or target date the plan lists beyond the item’s actions'),
      str('owner', 'the owner cell beside it, as written; empty if none'),
      listOf('owner_roles', null, `the roles that cell names, as read: each role in the one spelling its other spellings share (“Heads of Operations” and “Head of Operations” are head of operation), ${SEP}`),
      str('target_date', 'the target date cell beside it, as written; empty if none'),
      { name: 'target_by', type: 'date', description: 'the last day that target allows, as read (a month is read as its last day); empty where the cell names no date' },
      { name: 'target_complete', type: 'boolean', description: 'true where the target cell reports the action done (“Complete”, “Completed and ongoing”), else false; empty without a target cell' },
      { name: 'target_ongoing', type: 'boolean', description: 'true where the target cell says the work goes on (“and ongoing”, “with ongoing review”), else false; empty without a target cell' },
    ],
    { primaryKey: 'id', foreignKeys: [to('item_id', 'action-plan-items'), toReport()] },
  ),
};

export const FINDINGS_TABLE: TableResource = {
  name: 'findings',
  path: 'findings.csv',
  title: 'Findings',
  description: 'one row per finding (paragraph, list item, table row…): the records of findings.json; each document’s findings are also published on their own, with the same columns, as findings/<document id>.csv',
  schema: schema(
    [
      id('finding id, <document id>/<anchor>'),
      str('report_id', 'document id', required),
      oneOf('kind', FINDING_KINDS, 'what the finding is'),
      str('section', 'heading the finding sits under'),
      oneOf('framework', FRAMEWORKS, 'inspection framework of its standard; empty if none', false),
      str('standard_code', 'code of the standard it is filed under; empty if none'),
      str('text', 'plain text', required),
      listOf('themes', 'themes', `ids of its themes, ${SEP}; empty if none`),
      str('url', 'permalink', required),
      { name: 'source_line_first', type: 'integer', description: 'first line of the finding in the source file, from 1', constraints: { required: true, minimum: 1 } },
      { name: 'source_line_last', type: 'integer', description: 'last line of the finding in the source file (inclusive)', constraints: { required: true, minimum: 1 } },
    ],
    { primaryKey: 'id', foreignKeys: [toReport(), toStandard] },
  ),
};

export const TABLES: readonly TableResource[] = [
  REPORTS_TABLE, ENTITIES_TABLE, ENTITY_DOCUMENTS_TABLE, STANDARDS_TABLE, RATINGS_TABLE, KEY_QUESTIONS_TABLE,
  THEMES_TABLE, RECOMMENDATIONS_TABLE, ACTION_PLAN_ITEMS_TABLE, ACTIONS_TABLE, FINDINGS_TABLE,
];

export const JSON_FILES: readonly JsonResource[] = [
  {
    name: 'reports-json', path: 'reports.json', title: 'Documents (JSON)', description: 'one object per document, the fields of reports.csv (missing values null)',
    fields: REPORTS_TABLE.schema.fields.map((f) => [f.name, f.description.replace(/; empty (if|where) .*$/, ', or null')]),
  },
  {
    name: 'recommendations-json', path: 'recommendations.json', title: 'Recommendations (JSON)', description: 'one object per recommendation',
    fields: [['id', 'recommendation id'], ['report_id', 'document id'], ['number', 'number as written, or null where unnumbered'], ['addressee', 'who should act, as written'],
      ['text', 'the recommendation'], ['themes', 'theme ids'], ['response_item', 'id of the action plan item that answers it, or null'],
      ['response_row', 'id of the surviving row of an answering item missing from the plan (see recommendations.csv), or null']],
  },
  {
    name: 'action-plan', path: 'action-plan.json', title: 'Action plan items', description: 'one object per action plan item',
    fields: [['report_id', 'action plan id'], ['item', 'item number, integer'], ['addressees', 'addressees as written'], ['recommendation', 'recommendation as the plan words it'],
      ['status', ACTION_PLAN_STATUSES.join(', ').replace(/, ([^,]*)$/, ' or $1')], ['actions', 'action paragraphs'], ['owners', 'responsible owners as listed (the count may differ from actions)'],
      ['target_dates', 'target dates as listed (the count may differ from actions)'], ['answers', 'ids of the recommendations the item answers'], ['id', 'item id']],
  },
  {
    name: 'findings-json', path: 'findings.json', title: 'Findings (JSON)',
    description: 'one object per finding (paragraph, bullet, row…); each document’s findings are also published on their own, in the same format, as findings/<document id>.json',
    fields: [['id', 'finding id, <document id>/<anchor>'], ['report_id', 'document id'], ['kind', FINDING_KINDS.join(', ').replace(/, ([^,]*)$/, ' or $1')],
      ['section', 'heading the finding sits under'], ['standard_code', 'standard code, or null'], ['text', 'plain text'], ['themes', 'theme ids'], ['url', 'permalink'],
      ['source_lines', '[first, last] line in the source file, 1-based, inclusive']],
  },
];

export const OGL = {
  name: 'OGL-UK-3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  title: 'Open Government Licence v3.0, for the text quoted from the documents (Crown copyright)',
};
export const MIT = {
  name: 'MIT',
  path: 'https://opensource.org/license/mit',
  title: 'MIT licence (the licence of the code), for everything else: ids, structure and schemas',
};
export const SOURCES = [
  { title: 'HM Inspectorate of Probation: inspection reports and regional letters', path: 'https://www.justiceinspectorates.gov.uk/hmiprobation/' },
  { title: 'HM Prison and Probation Service: action plans answering the inspections', path: 'https://www.gov.uk/government/organisations/her-majestys-prison-and-probation-service' },
];

/** The names of a table's columns, in order: the CSV's header. */
export const header = (t: TableResource): string[] => t.schema.fields.map((f) => f.name);

/** datapackage.json: every file under /data/ (paths relative to it), deterministic. */
export function dataPackage(site: string | URL): object {
  return {
    profile: 'data-package',
    name: 'probation-findings',
    title: 'Probation Findings: UK probation inspection findings as open data',
    description:
      'Ratings, key questions, recommendations, action plans and findings read from published HM Inspectorate of Probation ' +
      'inspection documents and HMPPS action plans. Contains public sector information licensed under the Open Government Licence v3.0. ' +
      'Not an official publication.',
    homepage: new URL('/data/', site).href,
    licenses: [OGL, MIT],
    sources: SOURCES,
    resources: [
      ...TABLES.map((t) => ({
        profile: 'tabular-data-resource',
        name: t.name,
        path: t.path,
        title: t.title,
        description: `CSV, UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), ${t.description}.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { ...t.schema, fields: t.schema.fields.map(({ list: _, ...f }) => f) },
      })),
      ...JSON_FILES.map((j) => ({
        profile: 'data-resource',
        name: j.name,
        path: j.path,
        title: j.title,
        description: `JSON array, ${j.description}. Fields: ${j.fields.map(([k, v]) => `${k} (${v})`).join('; ')}.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      })),
    ],
  };
}

const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}` : (xs[0] ?? ''));
const names = (f: string | string[]) => (Array.isArray(f) ? f : [f]);

/** A field's type and constraints in words, for the /data/ page. */
export function typeInWords(f: TableField): string {
  const c = f.constraints ?? {};
  const range = c.minimum !== undefined && c.maximum !== undefined ? `, ${c.minimum}–${c.maximum}` : c.minimum !== undefined ? `, at least ${c.minimum}` : '';
  const base = c.enum
    ? `one of ${list(c.enum)}`
    : f.list
      ? `list of ${f.list.of ? 'ids' : 'text'}, ${SEP}`
      : f.type === 'integer' || f.type === 'number'
        ? `${f.type === 'integer' ? 'integer' : 'number'}${range}`
        : f.type === 'boolean' ? 'true or false' : f.type === 'date' ? 'date, YYYY-MM-DD' : 'text';
  return `${base}${c.unique ? ', unique' : ''}${c.required ? '' : ', may be empty'}`;
}

/** The table's keys in words: what identifies a row, and which columns refer to which file. */
export function keysInWords(t: TableResource): { primaryKey: string | null; references: string[] } {
  const s = t.schema;
  const target = (r: string) => (r === '' ? t : TABLES.find((x) => x.name === r)!).path;
  return {
    primaryKey: s.primaryKey ? names(s.primaryKey).join(' + ') : null,
    references: [
      ...(s.foreignKeys ?? []).map((k) => `${names(k.fields).join(' + ')} → ${target(k.reference.resource)} ${names(k.reference.fields).join(' + ')}`),
      ...s.fields.flatMap((f) => (f.list?.of ? [`each of ${f.name} → ${target(f.list.of)} id`] : [])),
    ],
  };
}
