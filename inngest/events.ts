import { eventType, type StandardSchemaV1 } from 'inngest';
import { z } from 'zod';

/**
 * The typed events of the platform. Events are stored by Inngest and shown in its dashboard:
 * carry ids and facts, never secrets, passwords or tokens.
 */

/** A new account was committed to the database. */
export const userSignedUp = eventType('user/signed-up', {
  schema: z.strictObject({
    userId: z.string().min(1).max(64),
    email: z.email().optional(),
    /** When the account was created (ISO 8601); the rollup counts it on this UTC day. */
    at: z.iso.datetime({ offset: true }),
  }),
});

/** Someone asked for the reading of a stored chart in a language. */
export const readingRequested = eventType('reading/requested', {
  schema: z.strictObject({
    chartHash: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  }),
});

/** Every event the app may emit, by name. `sendEvent` validates payloads against these. */
export const eventCatalogue = {
  [userSignedUp.name]: userSignedUp,
  [readingRequested.name]: readingRequested,
} as const;

type Catalogue = typeof eventCatalogue;
export type AppEventName = keyof Catalogue;
export type AppEventData<N extends AppEventName> = StandardSchemaV1.InferOutput<
  Catalogue[N]['schema']
>;

/** An event as the app sends it: a catalogued name with data matching its schema. */
export type AppEvent = {
  [N in AppEventName]: { name: N; data: AppEventData<N>; id?: string; ts?: number };
}[AppEventName];
