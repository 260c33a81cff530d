import { randomUUID } from 'node:crypto';
import { expect, test, uniqueClientIp } from '../support/test';
import { signInThroughApi } from '../support/auth-api';
import { e2eServer } from '../support/server';

test('signing in gives a session with the user and role', async ({ request }) => {
  const landing = await signInThroughApi(request, e2eServer.adminEmail, e2eServer.adminPassword);
  expect(landing.pathname).toBe('/en/account');
  const session = (await (await request.get('/api/auth/session')).json()) as {
    user?: { email: string; role: string };
  };
  expect(session.user).toMatchObject({ email: e2eServer.adminEmail, role: 'admin' });
});

test('the sixth sign-in attempt for one email is refused, whatever the IP', async ({ request }) => {
  const email = `locked-${randomUUID().slice(0, 8)}@e2e.orrery.test`;
  const codes: (string | null)[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    const landing = await signInThroughApi(request, email, 'wrong-password-123', {
      'x-forwarded-for': uniqueClientIp(),
    });
    codes.push(landing.searchParams.get('code'));
  }
  expect(codes.slice(0, 5)).toEqual(Array(5).fill('invalid_credentials'));
  expect(codes[5]).toBe('rate_limited');
});
