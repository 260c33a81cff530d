/** The limits of one API plan. */
export interface ApiPlan {
  /** Requests per sliding minute. */
  perMinute: number;
  /** Requests per 30-day quota window. */
  perMonth: number;
}

/**
 * Every API plan and its limits; the one place to change them. A key carries its plan's
 * name; limits apply per key.
 */
export const PLANS = {
  free: { perMinute: 10, perMonth: 1_000 },
  basic: { perMinute: 60, perMonth: 50_000 },
  premium: { perMinute: 600, perMonth: 1_000_000 },
} as const satisfies Record<string, ApiPlan>;

export type PlanName = keyof typeof PLANS;
export type PlanTable = Record<PlanName, ApiPlan>;

export const PLAN_NAMES = Object.keys(PLANS) as PlanName[];
