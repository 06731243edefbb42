// The open data's one description: a Frictionless Data Package (https://specs.frictionlessdata.io/)
// with a Table Schema for every CSV. /data/datapackage.json serialises it, the CSV builders take
// their headers from it and the /data/ page writes its field tables from it, so the files, the
// machine-readable schema and the prose cannot drift apart.
import { ACTION_PLAN_STATUSES, DOCUMENT_KINDS, FINDING_KINDS, RATINGS } from '../schemas';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: string;
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

const FRAMEWORKS = ['2021', '2023'] as const;
const ENTITY_TYPES = ['region', 'pdu'] as const;
const required = { required: true } as const;
const id = (description: string): TableField => ({ name: 'id', type: 'string', description, constraints: { required: true, unique: true } });
const str = (name: string, description: string, constraints?: TableField['constraints']): TableField => ({ name, type: 'string', description, ...(constraints ? { constraints } : {}) });
const oneOf = (name: string, values: readonly string[], description: string, isRequired = true): TableField =>
  str(name, description, { ...(isRequired ? required : {}), enum: values });
const schema = (fields: TableField[], keys: Omit<TableSchema, 'fields' | 'missingValues'> = {}): TableSchema => ({ fields, ...keys, missingValues: [''] });
const toEntity = (field: string): ForeignKey => ({ fields: field, reference: { resource: 'entities', fields: 'id' } });
const toReport = (field = 'report_id'): ForeignKey => ({ fields: field, reference: { resource: 'reports', fields: 'id' } });
const toStandard: ForeignKey = { fields: ['framework', 'standard_code'], reference: { resource: 'standards', fields: ['framework', 'code'] } };

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
    [str('entity', 'region or PDU id', required), str('report_id', 'document id', required)],
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
      oneOf('framework', FRAMEWORKS, 'inspection framework: 2021 or 2023 programme'),
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
      oneOf('framework', FRAMEWORKS, 'inspection framework: 2021 or 2023 programme'),
      str('standard_code', 'code of the standard in that framework, e.g. R 2.1, P 1.1, 2.2', required),
      str('standard_name', 'name of the standard as the document writes it', required),
      oneOf('rating', RATINGS, 'the rating'),
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
    ],
    { foreignKeys: [toReport(), toEntity('entity'), toStandard] },
  ),
};

export const TABLES: readonly TableResource[] = [REPORTS_TABLE, ENTITIES_TABLE, ENTITY_DOCUMENTS_TABLE, STANDARDS_TABLE, RATINGS_TABLE, KEY_QUESTIONS_TABLE];

export const JSON_FILES: readonly JsonResource[] = [
  {
    name: 'reports-json', path: 'reports.json', title: 'Documents (JSON)', description: 'one object per document, the fields of reports.csv (missing values null)',
    fields: REPORTS_TABLE.schema.fields.map((f) => [f.name, f.description.replace(/; empty (if|where) .*$/, ', or null')]),
  },
  {
    name: 'recommendations', path: 'recommendations.json', title: 'Recommendations', description: 'one object per recommendation',
    fields: [['id', 'recommendation id'], ['report_id', 'document id'], ['number', 'number as written, or null where unnumbered'], ['addressee', 'who should act, as written'],
      ['text', 'the recommendation'], ['themes', 'theme ids'], ['response_item', 'id of the action plan item that answers it, or null']],
  },
  {
    name: 'action-plan', path: 'action-plan.json', title: 'Action plan items', description: 'one object per action plan item',
    fields: [['report_id', 'action plan id'], ['item', 'item number, integer'], ['addressees', 'addressees as written'], ['recommendation', 'recommendation as the plan words it'],
      ['status', ACTION_PLAN_STATUSES.join(', ').replace(/, ([^,]*)$/, ' or $1')], ['actions', 'action paragraphs'], ['owners', 'responsible owners as listed (the count may differ from actions)'],
      ['target_dates', 'target dates as listed (the count may differ from actions)'], ['answers', 'ids of the recommendations the item answers']],
  },
  {
    name: 'findings', path: 'findings.json', title: 'Findings',
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
        description: `CSV, ${t.description}.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: t.schema,
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
  const base = c.enum
    ? `one of ${list(c.enum)}`
    : f.type === 'integer'
      ? c.minimum !== undefined && c.maximum !== undefined ? `integer, ${c.minimum}–${c.maximum}` : c.minimum !== undefined ? `integer, at least ${c.minimum}` : 'integer'
      : f.type === 'boolean' ? 'true or false' : f.type === 'date' ? 'date, YYYY-MM-DD' : 'text';
  return `${base}${c.unique ? ', unique' : ''}${c.required ? '' : ', may be empty'}`;
}

/** The table's keys in words: what identifies a row, and which columns refer to which file. */
export function keysInWords(t: TableResource): { primaryKey: string | null; references: string[] } {
  const s = t.schema;
  const target = (r: string) => (r === '' ? t : TABLES.find((x) => x.name === r)!).path;
  return {
    primaryKey: s.primaryKey ? names(s.primaryKey).join(' + ') : null,
    references: (s.foreignKeys ?? []).map((k) => `${names(k.fields).join(' + ')} → ${target(k.reference.resource)} ${names(k.reference.fields).join(' + ')}`),
  };
}
