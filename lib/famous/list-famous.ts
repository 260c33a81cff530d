import { famousDataset } from './dataset';
import type { FamousCategory, FamousPerson } from './schema';

export interface ListFamousOptions {
  category?: FamousCategory;
  /** `nextCursor` of the previous page; omitted for the first page. */
  cursor?: string;
  /** Page size, clamped to 1–100. */
  limit: number;
}

export interface FamousPage {
  people: FamousPerson[];
  /** Cursor of the next page; null on the last page. */
  nextCursor: string | null;
}

/** Thrown for a cursor that no page handed out. */
export class FamousCursorError extends Error {
  constructor(cursor: string) {
    super(`Unknown famous-people cursor: ${cursor}`);
    this.name = 'FamousCursorError';
  }
}

const MAX_LIMIT = 100;

/**
 * Famous people in name order, optionally of one category, a page at a time. The cursor is the
 * id of the last person of the previous page, so pages stay stable for a given dataset.
 *
 * @example
 * const first = listFamous({ category: 'science', limit: 20 });
 * const second = listFamous({ category: 'science', limit: 20, cursor: first.nextCursor ?? undefined });
 */
export function listFamous(options: ListFamousOptions): FamousPage {
  const limit = Math.min(Math.max(Math.trunc(options.limit) || 1, 1), MAX_LIMIT);
  const { people, byId } = famousDataset();
  const { category } = options;
  const pool = category ? people.filter((person) => person.categories.includes(category)) : people;
  let start = 0;
  if (options.cursor !== undefined) {
    const after = byId.get(options.cursor);
    const at = after ? pool.indexOf(after) : -1;
    if (at === -1) throw new FamousCursorError(options.cursor);
    start = at + 1;
  }
  const page = pool.slice(start, start + limit);
  const last = page[page.length - 1];
  const more = start + limit < pool.length;
  return { people: page, nextCursor: more && last ? last.id : null };
}
