import { createDocument } from 'zod-openapi';
import { V1_PATHS } from './v1-paths';

type OpenApiDocument = ReturnType<typeof createDocument>;

let cached: OpenApiDocument | undefined;

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the zod schemas the routes parse
 * with (built once per process: the schemas do not change at run time).
 *
 * @example v1OpenApiDocument().paths?.['/api/v1/charts']?.post?.summary; // 'Compute and store a chart'
 */
export function v1OpenApiDocument(): OpenApiDocument {
  cached ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Orrery API',
      version: '1.0.0',
      description:
        'Charts, techniques, places and readings. Authenticate with `Authorization: Bearer ork_live_…`; limits are in the `RateLimit` and `RateLimit-Policy` fields; refusals are RFC 9457 problem+json with a stable `code`.',
    },
    servers: [{ url: '/' }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key from your account page (`ork_live_…` or `ork_test_…`).',
        },
      },
    },
    tags: [
      { name: 'Charts' },
      { name: 'Techniques' },
      { name: 'Places' },
      { name: 'Readings' },
      { name: 'Meta' },
    ],
    paths: V1_PATHS,
  });
  return cached;
}
