import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiComposite } from '@/lib/api/v1/pair';
import { CompositeRequestSchema } from '@/lib/api/v1/pair.schema';

export const dynamic = 'force-dynamic';

/** The midpoint composite chart of two subjects. */
export const POST = computeRoute(CompositeRequestSchema, apiComposite);

export const OPTIONS = preflight(['POST']);
