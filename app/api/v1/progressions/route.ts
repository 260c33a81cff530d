import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiProgressions } from '@/lib/api/v1/progressions';
import { ProgressionsRequestSchema } from '@/lib/api/v1/progressions.schema';

export const dynamic = 'force-dynamic';

/** Secondary progressions of a subject to a moment. */
export const POST = computeRoute(ProgressionsRequestSchema, apiProgressions);

export const OPTIONS = preflight(['POST']);
