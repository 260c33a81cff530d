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

test('the guide’s commands call the server the page came from', async ({ page }) => {
  await page.goto('/en/docs/api');
  const origin = new URL(page.url()).origin;
  await expect(page.getByText(`curl -X POST ${origin}/api/v1/charts`)).toBeVisible();
});
