import { env } from '@/lib/config/env';
import { applyPlanOverrides } from './plan-limit-overrides';
import type { PlanTable } from './plans';

let cached: PlanTable | undefined;

/** The plan table in force: `lib/api/plans.ts` with `API_PLAN_LIMITS` applied. */
export function configuredPlans(): PlanTable {
  cached ??= applyPlanOverrides(env().API_PLAN_LIMITS);
  return cached;
}
