import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';

test.describe.configure({ mode: 'parallel' });

interface Person {
  id: string;
  name: string;
  birthTime: string | null;
  roddenRating: string;
  source: string;
  categories: string[];
}
interface FamousPage {
  data: Person[];
  next: string | null;
}

let key: IssuedKey;
test.beforeAll(async ({ account, admin }) => {
  key = await account.createKey({ scopes: ['famous:read'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

test('a name search finds the person with a source and a rating', async ({ request }) => {
  const res = await request.get('/api/v1/famous?q=marie%20curie', { headers: bearer(key.secret) });
  expect(res.status()).toBe(200);
  const page = (await res.json()) as FamousPage;
  expect(page.data[0]).toMatchObject({ id: 'marie-curie', name: 'Marie Curie' });
  expect(page.data[0]?.source.length).toBeGreaterThan(5);
  expect(['AA', 'A', 'B', 'C', 'DD', 'X']).toContain(page.data[0]?.roddenRating);
});

test('a category walks page by page through next links and Link headers', async ({ request }) => {
  const ids: string[] = [];
  let url: string | null = '/api/v1/famous?category=science&limit=25';
  while (url) {
    const res = await request.get(url, { headers: bearer(key.secret) });
    expect(res.status()).toBe(200);
    const page = (await res.json()) as FamousPage;
    expect(page.data.every((p) => p.categories.includes('science'))).toBe(true);
    ids.push(...page.data.map((p) => p.id));
    if (page.next) expect(res.headers()['link']).toBe(`<${page.next}>; rel="next"`);
    url = page.next;
  }
  expect(ids.length).toBeGreaterThan(25);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a person comes with their chart, cacheable by ETag', async ({ request }) => {
  const res = await request.get('/api/v1/famous/albert-einstein', {
    headers: bearer(key.secret),
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    person: Person;
    chart: { bodies: { sun: { sign: string } }; houses: unknown };
  };
  expect(body.person.birthTime).toBe('11:30');
  expect(body.chart.bodies.sun.sign).toBe('pisces');
  expect(body.chart.houses).not.toBeNull();
  const etag = res.headers()['etag'] ?? '';
  const again = await request.get('/api/v1/famous/albert-einstein', {
    headers: { ...bearer(key.secret), 'if-none-match': etag },
  });
  expect(again.status()).toBe(304);
});

test('bad input is a problem naming its field; an unknown person is a 404', async ({ request }) => {
  await expectProblem(
    await request.get('/api/v1/famous?category=astronauts&limit=500', {
      headers: bearer(key.secret),
    }),
    422,
    'validation_failed',
    ['category', 'limit'],
  );
  await expectProblem(
    await request.get('/api/v1/famous?cursor=zzzz', { headers: bearer(key.secret) }),
    422,
    'validation_failed',
    ['cursor'],
  );
  await expectProblem(
    await request.get('/api/v1/famous/nobody-at-all', { headers: bearer(key.secret) }),
    404,
    'not_found',
  );
});
