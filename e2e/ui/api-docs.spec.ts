import { expect, test } from '../support/test';

test('the API reference renders every operation from the served OpenAPI document', async ({
  page,
  request,
}) => {
  const spec = (await (await request.get('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const operations = Object.values(spec.paths).flatMap((item) =>
    Object.keys(item).filter((method) => ['get', 'post', 'put', 'delete'].includes(method)),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/docs/api');
  await expect(page.locator('.opblock')).toHaveCount(operations.length);
  expect(errors).toEqual([]);
});
