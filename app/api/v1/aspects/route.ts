import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiAspects } from '@/lib/api/v1/aspects';
import { AspectsRequestSchema } from '@/lib/api/v1/aspects.schema';

export const dynamic = 'force-dynamic';

/** The aspects between a subject's points. */
export const POST = computeRoute(AspectsRequestSchema, apiAspects);

export const OPTIONS = preflight(['POST']);
