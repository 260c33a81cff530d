import { closeSync, existsSync, openSync, renameSync } from 'node:fs';
import path from 'node:path';
import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type APIResponse,
} from '@playwright/test';
import { API_SCOPES, type ApiScope } from '@/lib/api-keys/scopes';
import { signInThroughApi } from './auth-api';
import { e2eServer } from './server';
import { uniqueClientIp } from './test';
import { newTestUser, type TestUser } from './users';

export type Scope = ApiScope;

export const ALL_SCOPES: Scope[] = [...API_SCOPES];

export interface KeyView {
  id: string;
  prefix: string;
  plan: 'free' | 'basic' | 'premium';
  environment: 'live' | 'test';
  scopes: Scope[];
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface IssuedKey {
  id: string;
  secret: string;
  view: KeyView;
}

/** Writes through the session API must look same-origin, as the browser's would. */
export const SESSION_WRITE = { 'content-type': 'application/json', origin: e2eServer.baseURL };

/**
 * A request context of its own (cookie jar, client IP) for one signed-in person, starting
 * from a saved session when given one.
 */
async function newContext(storageState?: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: e2eServer.baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': uniqueClientIp() },
    ...(storageState ? { storageState } : {}),
  });
}

/**
 * Signs a new person up the way a browser without JavaScript would: the sign-up page's form
 * posted as multipart, with the hidden fields React renders for its server action. The
 * answer is the redirect to the account with the session cookie, which the context keeps.
 */
async function signUpThroughForm(context: APIRequestContext, user: TestUser): Promise<void> {
  const html = await (await context.get('/en/sign-up')).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('<main')))?.[1] ?? '';
  const multipart: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
    if (name) multipart[name] = decodeEntities(value);
  }
  const res = await context.post('/en/sign-up', {
    multipart: { ...multipart, name: user.name, email: user.email, password: user.password },
    headers: { origin: e2eServer.baseURL },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-up answered ${res.status()}`).toBe(303);
  expect(res.headers()['location']).toContain('/en/account');
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A freshly signed-up person with a session, and the key operations of their account. */
export interface Account {
  user: TestUser;
  session: APIRequestContext;
  createKey(options?: {
    scopes?: Scope[];
    environment?: 'live' | 'test';
    name?: string;
  }): Promise<IssuedKey>;
  revokeKey(id: string): Promise<APIResponse>;
  rollKey(id: string): Promise<APIResponse>;
  listKeys(): Promise<KeyView[]>;
  /** The usage page's total for one key over its 30 days, as the person reads it. */
  usageTotal(keyId: string): Promise<number>;
  dispose(): Promise<void>;
}

export async function signUpAccount(label = 'api'): Promise<Account> {
  const user = newTestUser(label);
  const session = await newContext();
  await signUpThroughForm(session, user);
  return {
    user,
    session,
    async createKey({ scopes = ALL_SCOPES, environment = 'live', name = 'e2e' } = {}) {
      const res = await session.post('/api/account/keys', {
        data: { name, scopes, environment },
        headers: SESSION_WRITE,
      });
      expect(res.status(), await res.text()).toBe(201);
      const body = (await res.json()) as { apiKey: KeyView; secret: string };
      return { id: body.apiKey.id, secret: body.secret, view: body.apiKey };
    },
    revokeKey: (id) => session.delete(`/api/account/keys/${id}`, { headers: SESSION_WRITE }),
    rollKey: (id) =>
      session.post(`/api/account/keys/${id}/roll`, { headers: SESSION_WRITE, data: {} }),
    async listKeys() {
      return ((await (await session.get('/api/account/keys')).json()) as { keys: KeyView[] }).keys;
    },
    async usageTotal(keyId) {
      const html = await (await session.get(`/en/account/usage?key=${keyId}`)).text();
      const total = /data-testid="usage-total"[^>]*>([^<]*)</.exec(html)?.[1];
      if (total === undefined) throw new Error('no usage total on the usage page');
      return Number(total.replaceAll(/[^0-9]/g, ''));
    },
    dispose: () => session.dispose(),
  };
}

const ADMIN_SESSION = path.join(e2eServer.env.ORRERY_DATA_DIR, 'admin-session.json');

/**
 * The demo admin's session, signed in once per run and shared by every worker through a
 * file: sign-ins for one email are limited to 5 in 15 minutes, and Playwright starts a new
 * worker (and its worker fixtures) after every failure. The first caller takes the lock.
 * The file lives beside the e2e server's database, so it goes when that does.
 */
async function adminSessionFile(): Promise<string> {
  try {
    closeSync(openSync(`${ADMIN_SESSION}.lock`, 'wx'));
  } catch {
    await expect.poll(() => existsSync(ADMIN_SESSION), { timeout: 30_000 }).toBe(true);
    return ADMIN_SESSION;
  }
  const session = await newContext();
  const landing = await signInThroughApi(session, e2eServer.adminEmail, e2eServer.adminPassword);
  expect(landing.pathname).toBe('/en/account');
  // Written aside and renamed, so a waiting worker never reads half a file.
  await session.storageState({ path: `${ADMIN_SESSION}.partial` });
  renameSync(`${ADMIN_SESSION}.partial`, ADMIN_SESSION);
  await session.dispose();
  return ADMIN_SESSION;
}

/** The demo admin, signed in, able to move any key to another plan. */
export async function signInAdmin(): Promise<{
  setPlan(keyId: string, plan: KeyView['plan']): Promise<APIResponse>;
  session: APIRequestContext;
}> {
  const session = await newContext(await adminSessionFile());
  return {
    session,
    setPlan: (keyId, plan) =>
      session.patch(`/api/admin/api-keys/${keyId}`, { data: { plan }, headers: SESSION_WRITE }),
  };
}

/** Headers of a keyed API call. */
export function bearer(secret: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${secret}`, ...extra };
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  candidates?: unknown[];
}

/**
 * Asserts an RFC 9457 refusal: status, media type, stable code, the request id in body and
 * header, and (when given) exactly which fields were refused.
 */
export async function expectProblem(
  res: APIResponse,
  status: number,
  code: string,
  fields?: string[],
): Promise<ProblemBody> {
  const body = (await res.json()) as ProblemBody;
  expect(res.status(), JSON.stringify(body)).toBe(status);
  expect(res.headers()['content-type']).toBe('application/problem+json');
  expect(body).toMatchObject({ status, code });
  expect(body.type).toBe(`https://orrery.dev/problems/${code.replaceAll('_', '-')}`);
  expect(body.requestId).toBe(res.headers()['x-request-id']);
  if (fields) expect((body.errors ?? []).map((e) => e.field).sort()).toEqual([...fields].sort());
  return body;
}
