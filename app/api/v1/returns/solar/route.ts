import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiSolarReturn } from '@/lib/api/v1/returns';
import { SolarReturnRequestSchema } from '@/lib/api/v1/returns.schema';

export const dynamic = 'force-dynamic';

/** The solar return of a subject in a year. */
export const POST = computeRoute(SolarReturnRequestSchema, apiSolarReturn);

export const OPTIONS = preflight(['POST']);
