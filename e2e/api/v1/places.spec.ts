import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';

test.describe.configure({ mode: 'parallel' });

interface Place {
  id: number;
  name: string;
  countryCode: string;
  timeZone: string;
  label: string;
}
interface PlacesPage {
  data: Place[];
  next: string | null;
}

let key: IssuedKey;
test.beforeAll(async ({ account, admin }) => {
  key = await account.createKey({ scopes: ['places:read'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

test('a search answers ranked places with their zones', async ({ request }) => {
  const res = await request.get('/api/v1/places?q=Paris&country=FR', {
    headers: bearer(key.secret),
  });
  expect(res.status()).toBe(200);
  const page = (await res.json()) as PlacesPage;
  expect(page.data[0]).toMatchObject({ id: 2988507, countryCode: 'FR', timeZone: 'Europe/Paris' });
  expect(page.data.every((p) => p.countryCode === 'FR')).toBe(true);
});

test('walking the next links gives exactly the one big page, with Link headers', async ({
  request,
}) => {
  const all = (await (
    await request.get('/api/v1/places?q=Springfield&limit=50', { headers: bearer(key.secret) })
  ).json()) as PlacesPage;
  expect(all.data.length).toBeGreaterThan(7);

  const walked: Place[] = [];
  let url: string | null = '/api/v1/places?q=Springfield&limit=7';
  let pages = 0;
  while (url) {
    const res = await request.get(url, { headers: bearer(key.secret) });
    expect(res.status()).toBe(200);
    const page = (await res.json()) as PlacesPage;
    walked.push(...page.data);
    if (page.next) {
      expect(res.headers()['link']).toBe(`<${page.next}>; rel="next"`);
      expect(new URL(page.next).searchParams.get('limit')).toBe('7');
    } else {
      expect(res.headers()['link']).toBeUndefined();
    }
    url = page.next;
    pages += 1;
  }
  expect(pages).toBe(Math.ceil(all.data.length / 7));
  expect(walked.map((p) => p.id)).toEqual(all.data.map((p) => p.id));
});

test('the locale names places and countries in that language', async ({ request }) => {
  const page = (await (
    await request.get('/api/v1/places?q=Munich&locale=de&limit=1', {
      headers: bearer(key.secret),
    })
  ).json()) as PlacesPage & { data: { countryName: string }[] };
  expect(page.data[0]?.countryName).toBe('Deutschland');
});

test('each bad parameter is a 422 naming it', async ({ request }) => {
  const cases: [string, string[]][] = [
    ['', ['q']],
    ['q=%20%20', ['q']],
    [`q=${'a'.repeat(101)}`, ['q']],
    ['q=Paris&limit=0', ['limit']],
    ['q=Paris&limit=51', ['limit']],
    ['q=Paris&limit=ten', ['limit']],
    ['q=Paris&cursor=../../etc', ['cursor']],
    ['q=Paris&country=FRA', ['country']],
    ['q=Paris&locale=xx', ['locale']],
    ['q=Paris&fields=data..id', ['fields']],
    ['limit=0&locale=xx', ['q', 'limit', 'locale']],
  ];
  for (const [query, fields] of cases) {
    const res = await request.get(`/api/v1/places?${query}`, { headers: bearer(key.secret) });
    await expectProblem(res, 422, 'validation_failed', fields);
  }
});
