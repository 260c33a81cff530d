import type { APIRequestContext } from '@playwright/test';

/**
 * Signs in through Auth.js's own credentials endpoint (CSRF token first), the way a
 * browser form post would. Returns where Auth.js redirected: the callback URL on success,
 * the sign-in page with `code=` on failure.
 */
export async function signInThroughApi(
  request: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<URL> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const res = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/en/account' },
    maxRedirects: 0,
    headers,
  });
  const location = res.headers()['location'];
  if (!location) throw new Error(`no redirect from sign-in (status ${res.status()})`);
  return new URL(location, 'http://localhost');
}
