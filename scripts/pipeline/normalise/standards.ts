// The inspection standards of both frameworks, read from data/frameworks.yaml (names, domains,
// wording, key questions). Standards sharing a subject across frameworks are related, not the same.
import { fileURLToPath } from 'node:url';
import { StandardDefinitions, type Framework, type Standard, type StandardDefinition } from '../../../core/schemas';
import { loadDataList, type DataListOptions } from '../../../core/data-file';
import { slugify } from './ids';

/** The project's framework file. */
export const FRAMEWORKS_FILE = fileURLToPath(new URL('../../../data/frameworks.yaml', import.meta.url));

const FRAMEWORK_FILE: DataListOptions<StandardDefinition> = {
  schema: StandardDefinitions,
  shape: 'a list of standards',
  name: (raw, index) => {
    const d = raw as { framework?: unknown; code?: unknown } | undefined;
    return `standard ${index + 1}${typeof d?.code === 'string' ? ` (${String(d.framework)} ${d.code})` : ''}`;
  },
};

/** The framework file at `path`, validated. */
export const loadStandardDefinitions = (path: string = FRAMEWORKS_FILE, cwd = process.cwd()) => loadDataList(path, FRAMEWORK_FILE, cwd);

/** What a standard is about: its name, or the subject the file gives where names differ between frameworks. */
const subject = (d: StandardDefinition) => (d.subject ?? d.name).toLowerCase();

export function standardId(framework: Framework, code: string): string {
  return `${framework}-${slugify(code)}`;
}

/** The standards as the site holds them, in the file's order. */
export function standardsOf(defs: readonly StandardDefinition[]): Standard[] {
  return defs.map((d, order) => ({
    id: standardId(d.framework, d.code),
    framework: d.framework,
    level: d.level,
    code: d.code,
    name: d.name,
    domain: d.domain,
    wording: d.wording ?? null,
    key_questions: d.key_questions,
    related: defs.filter((o) => o.framework !== d.framework && subject(o) === subject(d)).map((o) => standardId(o.framework, o.code)),
    order,
  }));
}

export const STANDARDS: Standard[] = standardsOf(loadStandardDefinitions());

export function findStandard(framework: Framework, code: string): Standard | undefined {
  return STANDARDS.find((s) => s.framework === framework && s.code === code);
}
