import type { JobDefinition } from '@/lib/jobs/job-types';
import { generateReading } from './functions/generate-reading';
import { recordSignup } from './functions/record-signup';
import { rollupSignupsCron } from './functions/rollup-signups-cron';

/** Every job, for the local runner. Add a new job here and nowhere else. */
export const jobs: readonly JobDefinition[] = [recordSignup, rollupSignupsCron, generateReading];

/** The Inngest functions served at `/api/inngest`. */
export const functions = jobs.map((job) => job.inngest);
