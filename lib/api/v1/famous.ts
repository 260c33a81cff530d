import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors/app-error';
import { getFamous, searchFamous } from '@/lib/famous';
import { famousChart } from '@/lib/famous/famous-chart';
import { famousDataset } from '@/lib/famous/dataset';
import type { FamousPageAnswer, FamousQuery } from './famous.schema';
import { nextPageUrl, offsetFromCursor } from './offset-cursor';

/**
 * One page of famous people: a name search (best matches first) or everyone in name order,
 * optionally of one category. Both orders are deterministic, so cursors are offsets.
 *
 * @example
 * famousPage({ q: 'einstein', limit: 20 }, new URL('https://x/api/v1/famous?q=einstein')).data[0]?.id;
 * // 'albert-einstein'
 */
export function famousPage(query: FamousQuery, url: URL): FamousPageAnswer {
  const { people } = famousDataset();
  const ranked = query.q ? searchFamous(query.q, { limit: people.length }) : people;
  const pool = query.category
    ? ranked.filter((person) => person.categories.includes(query.category!))
    : ranked;
  const offset = offsetFromCursor(query.cursor, Math.max(pool.length, 1));
  const end = offset + query.limit;
  return {
    data: pool.slice(offset, end),
    next: end < pool.length ? nextPageUrl(url, end) : null,
  };
}

/**
 * A famous person with their natal chart, computed from the dataset (deterministic).
 *
 * @example famousPersonChart('albert-einstein').chart.bodies.sun.sign; // 'pisces'
 */
export function famousPersonChart(id: string) {
  const person = getFamous(id);
  if (!person) throw new AppError('not_found', `No famous person with id ${id}`);
  return { person, chart: famousChart(person) };
}

/**
 * ETag of a famous person's answer: the dataset entry, the chart (its hash and engine) and the
 * `fields` selection, so a corrected entry or a new engine never matches an old copy.
 *
 * @example famousEtag(famousPersonChart('albert-einstein'), null); // '"…"'
 */
export function famousEtag(answer: ReturnType<typeof famousPersonChart>, fields: string | null) {
  const digest = createHash('sha256')
    .update(JSON.stringify(answer.person))
    .update(`\n${answer.chart.hash}\n${answer.chart.meta.engineVersion}\n${fields ?? ''}`)
    .digest('base64url')
    .slice(0, 22);
  return `"${digest}"`;
}
