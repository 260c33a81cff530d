import { preflight, withCors } from '@/lib/api/v1/cors';
import { route } from '@/lib/http/route-handler';
import { v1OpenApiDocument } from '@/lib/openapi/v1-document';

/** The OpenAPI 3.1 contract of `/api/v1`; public, no key needed. */
export const GET = route(async () =>
  withCors(
    Response.json(v1OpenApiDocument(), {
      headers: { 'cache-control': 'public, max-age=300' },
    }),
  ),
);

export const OPTIONS = preflight(['GET']);
