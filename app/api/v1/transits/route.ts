import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiTransits } from '@/lib/api/v1/transits';
import { TransitsRequestSchema } from '@/lib/api/v1/transits.schema';

export const dynamic = 'force-dynamic';

/** Transits to a subject between two instants. */
export const POST = computeRoute(TransitsRequestSchema, apiTransits);

export const OPTIONS = preflight(['POST']);
