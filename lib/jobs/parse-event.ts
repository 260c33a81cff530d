import type { z } from 'zod';
import { eventCatalogue, type AppEvent } from '@/inngest/events';
import { AppError } from '@/lib/errors/app-error';

function isCatalogued(name: unknown): name is keyof typeof eventCatalogue {
  return typeof name === 'string' && Object.hasOwn(eventCatalogue, name);
}

/**
 * Checks an outgoing event against the catalogue: a known name and data matching its
 * schema. Returns the parsed event (unknown data keys are rejected, not dropped).
 *
 * @example parseAppEvent({ name: 'user/signed-up', data: { userId: 'u1', at: new Date().toISOString() } })
 * @throws AppError `validation_failed` listing each bad field.
 */
export function parseAppEvent(event: AppEvent): AppEvent {
  if (!isCatalogued(event.name)) {
    throw new AppError('validation_failed', `Unknown event: ${String(event.name)}`, {
      fields: [{ field: 'name', message: 'unknown_event' }],
    });
  }
  const schema: z.ZodType = eventCatalogue[event.name].schema;
  const parsed = schema.safeParse(event.data);
  if (!parsed.success) {
    throw new AppError('validation_failed', `Invalid data for event ${event.name}`, {
      fields: parsed.error.issues.map((issue) => ({
        field: ['data', ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    });
  }
  return { ...event, data: parsed.data } as AppEvent;
}
