import type { z } from 'zod';
import { compositeChart } from '@/lib/astro/techniques/composite';
import { synastry } from '@/lib/astro/techniques/synastry';
import { aspectOptions } from './aspects';
import type { CompositeRequestSchema, SynastryRequestSchema } from './pair.schema';
import { resolveSubject, type ResolvedSubject } from './resolve-subject';

const part = (subject: ResolvedSubject) => ({ hash: subject.chart.hash, time: subject.time });

/**
 * Synastry of two subjects: inter-aspects (`a` of A, `b` of B), house overlays both ways and
 * the compatibility score.
 *
 * @example
 * apiSynastry(SynastryRequestSchema.parse({ a, b })).score.score; // 0–100
 */
export function apiSynastry(input: z.output<typeof SynastryRequestSchema>) {
  const a = resolveSubject(input.a, 'a.');
  const b = resolveSubject(input.b, 'b.');
  return { a: part(a), b: part(b), ...synastry(a.chart, b.chart, aspectOptions(input.aspects)) };
}

/**
 * The midpoint composite chart of two subjects.
 *
 * @example
 * apiComposite(CompositeRequestSchema.parse({ a, b })).chart.bodies.sun.sign;
 */
export function apiComposite(input: z.output<typeof CompositeRequestSchema>) {
  const a = resolveSubject(input.a, 'a.');
  const b = resolveSubject(input.b, 'b.');
  const chart = compositeChart(a.chart, b.chart, {
    ...(input.houseSystem ? { houseSystem: input.houseSystem } : {}),
  });
  return { a: part(a), b: part(b), chart };
}
