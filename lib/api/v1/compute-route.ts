import type { z } from 'zod';
import type { ApiScope } from '@/lib/api-keys/scopes';
import type { WithApiKeyOptions } from '@/lib/api/with-api-key';
import { withAstroRefusals } from './astro-refusal';
import { readBody } from './read-body';
import { v1Route } from './v1-route';

/**
 * A POST route that computes an answer from a JSON body: parse with `schema`, run `compute`,
 * answer 200 JSON; engine refusals are 422s. Nothing is stored, so `charts:read` suffices.
 *
 * @example export const POST = computeRoute(AspectsRequestSchema, apiAspects);
 */
export function computeRoute<S extends z.ZodType>(
  schema: S,
  compute: (input: z.output<S>) => unknown,
  options: { scope?: ApiScope; platform?: WithApiKeyOptions['platform'] } = {},
) {
  return v1Route(
    async (request) => {
      const input = await readBody(request, schema);
      // Subjects name their own fields; a refusal of the technique itself is about the body.
      const answer = withAstroRefusals(() => compute(input), { fallback: '(body)' });
      return Response.json(answer, { headers: { 'cache-control': 'no-store' } });
    },
    {
      scope: options.scope ?? 'charts:read',
      ...(options.platform ? { platform: options.platform } : {}),
    },
  );
}
