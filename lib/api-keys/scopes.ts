import { z } from 'zod';

/** What an API key may do. A route declares the one scope it needs. */
export const API_SCOPES = [
  'charts:read',
  'charts:write',
  'readings:read',
  'readings:write',
  'places:read',
  'famous:read',
  'webhooks:manage',
  'batches:write',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A key's scopes as clients send them: at least one, known, duplicates dropped. */
export const apiScopesSchema = z
  .array(z.enum(API_SCOPES))
  .min(1)
  .transform((scopes) => [...new Set(scopes)]);

/**
 * Whether a key with `granted` scopes may use a route that needs `needed`.
 *
 * @example hasScope(['charts:read'], 'charts:write') // false
 */
export function hasScope(granted: readonly ApiScope[], needed: ApiScope): boolean {
  return granted.includes(needed);
}
