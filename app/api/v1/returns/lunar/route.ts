import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiLunarReturns } from '@/lib/api/v1/returns';
import { LunarReturnRequestSchema } from '@/lib/api/v1/returns.schema';

export const dynamic = 'force-dynamic';

/** The lunar returns of a subject between two instants. */
export const POST = computeRoute(LunarReturnRequestSchema, apiLunarReturns);

export const OPTIONS = preflight(['POST']);
