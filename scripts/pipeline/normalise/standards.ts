// The inspection standards of both frameworks (HMI Probation's published programmes, as
// domain.md lists them). Standards sharing a name across frameworks are related, not the same.
import type { EntityType, Framework, Standard } from '../../../src/schemas';
import { slugify } from './ids';

interface Def {
  framework: Framework;
  level: EntityType;
  code: string;
  name: string;
  domain: string;
}

const DEFS: Def[] = [
  { framework: '2023', level: 'pdu', code: 'P 1.1', name: 'Leadership', domain: 'Organisational arrangements and activity' },
  { framework: '2023', level: 'pdu', code: 'P 1.2', name: 'Staffing', domain: 'Organisational arrangements and activity' },
  { framework: '2023', level: 'pdu', code: 'P 1.3', name: 'Services', domain: 'Organisational arrangements and activity' },
  { framework: '2023', level: 'pdu', code: 'P 2.1', name: 'Assessment', domain: 'Service delivery' },
  { framework: '2023', level: 'pdu', code: 'P 2.2', name: 'Planning', domain: 'Service delivery' },
  { framework: '2023', level: 'pdu', code: 'P 2.3', name: 'Implementation and delivery', domain: 'Service delivery' },
  { framework: '2023', level: 'pdu', code: 'P 2.4', name: 'Reviewing', domain: 'Service delivery' },
  { framework: '2023', level: 'region', code: 'R 1.1', name: 'Leadership', domain: 'Organisational arrangements and activity' },
  { framework: '2023', level: 'region', code: 'R 1.2', name: 'Staffing', domain: 'Organisational arrangements and activity' },
  { framework: '2023', level: 'region', code: 'R 2.1', name: 'Public protection', domain: 'Service delivery' },
  { framework: '2023', level: 'region', code: 'R 2.2', name: 'Desistance', domain: 'Service delivery' },
  { framework: '2023', level: 'region', code: 'R 2.3', name: 'Court work', domain: 'Service delivery' },
  { framework: '2023', level: 'region', code: 'R 2.4', name: 'Unpaid work', domain: 'Service delivery' },
  { framework: '2023', level: 'region', code: 'R 2.5', name: 'Resettlement', domain: 'Service delivery' },
  { framework: '2023', level: 'region', code: 'R 2.6', name: 'Statutory victim work', domain: 'Service delivery' },
  { framework: '2021', level: 'pdu', code: '1.1', name: 'Leadership', domain: 'Organisational delivery' },
  { framework: '2021', level: 'pdu', code: '1.2', name: 'Staff', domain: 'Organisational delivery' },
  { framework: '2021', level: 'pdu', code: '1.3', name: 'Services', domain: 'Organisational delivery' },
  { framework: '2021', level: 'pdu', code: '1.4', name: 'Information and facilities', domain: 'Organisational delivery' },
  { framework: '2021', level: 'pdu', code: '2.1', name: 'Court work', domain: 'Court work and case supervision' },
  { framework: '2021', level: 'pdu', code: '2.2', name: 'Assessment', domain: 'Court work and case supervision' },
  { framework: '2021', level: 'pdu', code: '2.3', name: 'Planning', domain: 'Court work and case supervision' },
  { framework: '2021', level: 'pdu', code: '2.4', name: 'Implementation and delivery', domain: 'Court work and case supervision' },
  { framework: '2021', level: 'pdu', code: '2.5', name: 'Reviewing', domain: 'Court work and case supervision' },
];

/** Names that mean the same subject although the words differ between frameworks. */
const SAME_SUBJECT: Record<string, string> = { staff: 'staffing' };
const subject = (name: string) => SAME_SUBJECT[name.toLowerCase()] ?? name.toLowerCase();

export function standardId(framework: Framework, code: string): string {
  return `${framework}-${slugify(code)}`;
}

export const STANDARDS: Standard[] = DEFS.map((d, order) => ({
  id: standardId(d.framework, d.code),
  framework: d.framework,
  level: d.level,
  code: d.code,
  name: d.name,
  domain: d.domain,
  related: DEFS.filter((o) => o.framework !== d.framework && subject(o.name) === subject(d.name)).map((o) =>
    standardId(o.framework, o.code),
  ),
  order,
}));

export function findStandard(framework: Framework, code: string): Standard | undefined {
  return STANDARDS.find((s) => s.framework === framework && s.code === code);
}
