import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { famousDataset } from '@/lib/famous/dataset';
import { famousEtag, famousPage, famousPersonChart } from './famous';
import { FamousQuerySchema } from './famous.schema';

const url = (search: string) => new URL(`https://orrery.test/api/v1/famous${search}`);
const page = (search: string) =>
  famousPage(FamousQuerySchema.parse(Object.fromEntries(url(search).searchParams)), url(search));

function walk(search: string): string[] {
  const ids: string[] = [];
  let next: string | null = `https://orrery.test/api/v1/famous${search}`;
  while (next) {
    const answer = page(new URL(next).search);
    ids.push(...answer.data.map((p) => p.id));
    next = answer.next;
  }
  return ids;
}

describe('famousPage', () => {
  it('walks everyone exactly once, in name order, a page at a time', () => {
    const ids = walk('?limit=100');
    expect(ids).toEqual(famousDataset().people.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('searches by name, best match first, accents and case ignored', () => {
    expect(page('?q=EINSTEIN').data[0]?.id).toBe('albert-einstein');
    expect(page('?q=dali').data.map((p) => p.name)).toContain('Salvador Dalí');
  });

  it('narrows a listing or a search to one category', () => {
    const scientists = walk('?category=science&limit=7');
    expect(scientists.length).toBeGreaterThan(7);
    const byId = famousDataset().byId;
    expect(scientists.every((id) => byId.get(id)?.categories.includes('science'))).toBe(true);
    expect(page('?q=einstein&category=music').data).toEqual([]);
  });

  it('carries the query into the next link and refuses a cursor it never gave', () => {
    const first = page('?category=film&limit=5');
    expect(new URL(first.next ?? '').searchParams.get('category')).toBe('film');
    expect(() => page('?cursor=zzzzzz')).toThrow(AppError);
  });
});

describe('famousPersonChart', () => {
  it('answers the person and the chart their data gives', () => {
    const { person, chart } = famousPersonChart('albert-einstein');
    expect(person.birthTime).toBe('11:30');
    expect(chart.bodies.sun.sign).toBe('pisces');
    expect(chart.houses).not.toBeNull();
  });

  it('gives an untimed person a flagged noon chart without houses', () => {
    const untimed = famousDataset().people.find((p) => p.birthTime === null)!;
    const { chart } = famousPersonChart(untimed.id);
    expect(chart.timeUnknown).toBe(true);
    expect(chart.houses).toBeNull();
  });

  it('is not_found for an unknown id', () => {
    expect(() => famousPersonChart('nobody-at-all')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('changes its ETag with the field selection, not between calls', () => {
    const answer = famousPersonChart('frida-kahlo');
    expect(famousEtag(answer, null)).toBe(famousEtag(famousPersonChart('frida-kahlo'), null));
    expect(famousEtag(answer, 'person.name')).not.toBe(famousEtag(answer, null));
  });
});
