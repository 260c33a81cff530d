import { computeRoute } from '@/lib/api/v1/compute-route';
import { preflight } from '@/lib/api/v1/cors';
import { apiSynastry } from '@/lib/api/v1/pair';
import { SynastryRequestSchema } from '@/lib/api/v1/pair.schema';

export const dynamic = 'force-dynamic';

/** Synastry of two subjects: inter-aspects, overlays, score. */
export const POST = computeRoute(SynastryRequestSchema, apiSynastry);

export const OPTIONS = preflight(['POST']);
