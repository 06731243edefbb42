// Read: a document's optional metadata file, `<name>.meta.yaml` beside `<name>.<ext>` in seeds/.
// It records what the text itself never gives, chiefly the official publication's address.
import { existsSync, readFileSync } from 'node:fs';
import { load, YAMLException } from 'js-yaml';
import { DocumentMeta } from '../../core/schemas';

const SUFFIX = '.meta.yaml';

export const isMetaFile = (name: string) => name.endsWith(SUFFIX);

/** `seeds/001_x.txt` → `seeds/001_x.meta.yaml` (the extension, if any, replaced). */
export function metaFileFor(path: string): string {
  const slash = path.lastIndexOf('/') + 1;
  const dot = path.lastIndexOf('.');
  return (dot > slash ? path.slice(0, dot) : path) + SUFFIX;
}

export class MetaError extends Error {}

/**
 * The metadata of the document at `path`, or null when it has no metadata file. A file that is
 * not valid YAML or does not match the schema is an error naming the file, the line (for YAML)
 * or the field, and the reason.
 */
export function readMeta(path: string, shown: string): DocumentMeta | null {
  const file = metaFileFor(path);
  if (!existsSync(file)) return null;
  const name = metaFileFor(shown);
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof YAMLException) throw new MetaError(`${name}:${(e.mark?.line ?? 0) + 1}: not valid YAML: ${e.reason}`);
    throw e;
  }
  const parsed = DocumentMeta.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || '(the file)';
    throw new MetaError(`${name}: ${field}: ${issue.message}`);
  }
  return parsed.data;
}
