import { AppError } from '@/lib/errors/app-error';

const PATH = /^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/;
const MAX_PATHS = 50;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(message: string): AppError {
  return new AppError('validation_failed', message, { fields: [{ field: 'fields', message }] });
}

/** Copies one dotted path of `source` into `target`; false when the path does not exist. */
function copyPath(source: Json, target: Json, segments: string[]): boolean {
  const [head, ...rest] = segments;
  if (head === undefined || !Object.hasOwn(source, head)) return false;
  const value = source[head];
  if (rest.length === 0) {
    target[head] = value;
    return true;
  }
  if (!isRecord(value)) return false;
  const existing = target[head];
  const child: Json = isRecord(existing) ? existing : {};
  if (!copyPath(value, child, rest)) return false;
  target[head] = child;
  return true;
}

/**
 * Sparse fieldsets for GET answers: `?fields=hash,chart.bodies.sun` keeps only those dotted
 * paths. No parameter keeps everything; an unknown or malformed path is a 422 on `fields`,
 * so a typo is not mistaken for an empty answer.
 *
 * @example
 * selectFields({ a: 1, b: { c: 2, d: 3 } }, 'b.c'); // { b: { c: 2 } }
 */
export function selectFields<T extends Json>(value: T, fields: string | null): Json {
  if (fields === null) return value;
  const paths = fields
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '');
  if (paths.length === 0 || paths.length > MAX_PATHS) {
    throw invalid(`give 1 to ${MAX_PATHS} comma-separated paths`);
  }
  const selected: Json = {};
  for (const path of paths) {
    if (!PATH.test(path)) throw invalid(`malformed path: ${path.slice(0, 80)}`);
    if (!copyPath(value, selected, path.split('.'))) {
      throw invalid(`unknown path: ${path.slice(0, 80)}`);
    }
  }
  return selected;
}
