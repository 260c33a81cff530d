import { insertTestUser } from '@/db/testing/insert-test-user';
import type { Database } from '@/db/client';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { API_SCOPES, type ApiScope } from '@/lib/api-keys/scopes';

type RouteHandler<P> = (request: Request, next: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  /** Path and query, e.g. `/api/v1/places?q=Paris`. */
  path: string;
  body?: unknown;
  /** The raw body, sent as is (for malformed JSON). */
  rawBody?: string;
  key?: string | null;
  headers?: Record<string, string>;
}

/** A user with one key holding every scope, plus a key per single scope, on the premium plan. */
export async function issueTestKeys(db: Database) {
  const userId = await insertTestUser(db, 'v1');
  const issue = async (scopes: ApiScope[]) =>
    (await createApiKey(db, { userId, name: 'v1 test', scopes, plan: 'premium' })).secret;
  const all = await issue([...API_SCOPES]);
  const only = async (scope: ApiScope) => issue([scope]);
  return { userId, all, only };
}

/** Calls a route handler with a real `Request`, the way Next.js does. */
export function callRoute<P>(handler: RouteHandler<P>, options: CallOptions, params?: P) {
  const headers = new Headers(options.headers);
  if (options.key) headers.set('authorization', `Bearer ${options.key}`);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }
  const request = new Request(`https://orrery.test${options.path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  return handler(request, { params: Promise.resolve((params ?? {}) as P) });
}
