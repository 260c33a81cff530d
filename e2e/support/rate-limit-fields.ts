import type { APIResponse } from '@playwright/test';

/** One policy item of `RateLimit` (`r`, `t`) or `RateLimit-Policy` (`q`, `w`), draft -09. */
export type LimitItem = Record<string, number>;

/**
 * Parses a draft-ietf-httpapi-ratelimit-headers-09 field: a Structured Field list of
 * `"name";key=int` items, as `{ minute: { r: 9, t: 60 }, month: { … } }`. Throws on anything
 * else, so a malformed field fails the spec that reads it.
 */
export function parseLimitField(value: string | undefined): Record<string, LimitItem> {
  if (value === undefined) throw new Error('no RateLimit field');
  const items: Record<string, LimitItem> = {};
  for (const item of value.split(/\s*,\s*/)) {
    const [name, ...params] = item.split(';');
    const label = /^"([a-z]+)"$/.exec(name ?? '')?.[1];
    if (!label) throw new Error(`malformed RateLimit item: ${item}`);
    items[label] = Object.fromEntries(
      params.map((param) => {
        const match = /^([a-z]+)=(\d+)$/.exec(param);
        if (!match) throw new Error(`malformed RateLimit parameter: ${param}`);
        return [match[1], Number(match[2])];
      }),
    );
  }
  return items;
}

/** The `RateLimit` and `RateLimit-Policy` fields of an answer. */
export function limitsOf(res: APIResponse): {
  limit: Record<string, LimitItem>;
  policy: Record<string, LimitItem>;
} {
  return {
    limit: parseLimitField(res.headers()['ratelimit']),
    policy: parseLimitField(res.headers()['ratelimit-policy']),
  };
}
