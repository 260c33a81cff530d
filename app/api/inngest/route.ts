import { serve } from 'inngest/next';
import { inngest } from '@/inngest/client';
import { functions } from '@/inngest';

// Inngest (Cloud or self-hosted) syncs with PUT, introspects with GET and runs steps with
// POST, each request signed with INNGEST_SIGNING_KEY. Unused when jobs run locally.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
