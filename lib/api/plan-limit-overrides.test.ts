import { describe, expect, it } from 'vitest';
import { applyPlanOverrides, planLimitOverridesSchema } from './plan-limit-overrides';
import { PLANS } from './plans';

describe('API_PLAN_LIMITS', () => {
  it('changes only the limits it names', () => {
    const plans = applyPlanOverrides(
      planLimitOverridesSchema.parse({ basic: { perMonth: 30 }, free: { perMinute: 20 } }),
    );
    expect(plans.basic).toEqual({ perMinute: PLANS.basic.perMinute, perMonth: 30 });
    expect(plans.free).toEqual({ perMinute: 20, perMonth: PLANS.free.perMonth });
    expect(plans.premium).toEqual(PLANS.premium);
    expect(applyPlanOverrides()).toEqual(PLANS);
  });

  it.each([
    [{ gold: { perMonth: 5 } }],
    [{ basic: { perDay: 5 } }],
    [{ basic: { perMonth: 0 } }],
    [{ basic: { perMonth: 1.5 } }],
  ])('refuses %j', (overrides) => {
    expect(planLimitOverridesSchema.safeParse(overrides).success).toBe(false);
  });
});
