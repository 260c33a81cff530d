import { z } from 'zod';
import { PLAN_NAMES, PLANS, type PlanTable } from './plans';

const limit = z.number().int().min(1);

/**
 * `API_PLAN_LIMITS`: per-plan changes to the built-in limits, as JSON, for operators whose
 * plans differ from ours (`{"basic":{"perMonth":20000}}`). Unknown plans or fields are
 * refused at start-up rather than ignored.
 */
export const planLimitOverridesSchema = z.partialRecord(
  z.enum(PLAN_NAMES),
  z.strictObject({ perMinute: limit.optional(), perMonth: limit.optional() }),
);
export type PlanLimitOverrides = z.infer<typeof planLimitOverridesSchema>;

/**
 * The built-in plan table with the overrides applied.
 *
 * @example applyPlanOverrides({ basic: { perMonth: 20 } }).basic // { perMinute: 60, perMonth: 20 }
 */
export function applyPlanOverrides(overrides: PlanLimitOverrides = {}): PlanTable {
  return Object.fromEntries(
    PLAN_NAMES.map((name) => [name, { ...PLANS[name], ...overrides[name] }]),
  ) as PlanTable;
}
