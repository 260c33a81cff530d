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

/** Every event the app may emit, by name. `sendEvent` validates payloads against these. */
export const eventCatalogue = {
  [userSignedUp.name]: userSignedUp,
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
