import { z } from 'zod';

/** One reading of a local time that a DST change skipped or repeated. */
export const TimeCandidateSchema = z
  .object({
    utc: z.iso.datetime(),
    offsetMinutes: z.number(),
    rule: z.enum(['iana', 'lmt']),
    zoneAbbr: z.string().optional(),
  })
  .meta({ id: 'TimeCandidate' });
export type TimeCandidate = z.infer<typeof TimeCandidateSchema>;
