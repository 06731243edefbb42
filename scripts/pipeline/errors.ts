// An error crossing from a worker thread: structured cloning keeps an Error's message but not
// its class, by which the ingest tells a refusal from a defect, nor always its stack; so it
// travels as plain data and is made again, of the same class where the pipeline defines it.
import { MetaError } from './meta';
import { ValidationError } from './write';

export interface PlainError {
  plainError: true;
  /** The class's name (MetaError, ValidationError, TypeError…). */
  kind: string;
  name: string;
  message: string;
  stack?: string;
}

const CLASSES: Record<string, new (message: string) => Error> = { MetaError, ValidationError, TypeError, RangeError, SyntaxError, Error };

export function toPlainError(e: unknown): PlainError {
  if (e instanceof Error) return { plainError: true, kind: e.constructor.name, name: e.name, message: e.message, stack: e.stack };
  return { plainError: true, kind: 'Error', name: 'Error', message: String(e) };
}

/** The error again: `e` itself unless it came as plain data. */
export function fromPlainError(e: unknown): unknown {
  if (!(e && typeof e === 'object' && (e as PlainError).plainError === true)) return e;
  const p = e as PlainError;
  const made = new (CLASSES[p.kind] ?? Error)(p.message);
  made.name = p.name;
  if (p.stack) made.stack = p.stack;
  return made;
}
