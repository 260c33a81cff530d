import { describe, expect, it } from 'vitest';
import type { AppEvent } from '@/inngest/events';
import { AppError } from '@/lib/errors/app-error';
import { parseAppEvent } from './parse-event';

const at = '2025-06-10T09:00:00.000Z';

function fieldsOf(event: unknown): string[] {
  try {
    parseAppEvent(event as AppEvent);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation_failed');
    return ((error as AppError).context.fields ?? []).map((f) => f.field);
  }
  throw new Error('expected a validation error');
}

describe('parseAppEvent', () => {
  it('accepts a catalogued event', () => {
    const event = {
      name: 'user/signed-up',
      data: { userId: 'u1', email: 'a@b.test', at },
    } as const;
    expect(parseAppEvent(event)).toEqual(event);
  });

  it('rejects an unknown event name', () => {
    expect(fieldsOf({ name: 'user/hacked', data: {} })).toEqual(['name']);
  });

  it('names each bad field', () => {
    expect(
      fieldsOf({ name: 'user/signed-up', data: { userId: '', email: 'nope', at: 'x' } }),
    ).toEqual(['data.userId', 'data.email', 'data.at']);
  });

  it('refuses extra data keys, so secrets cannot ride along', () => {
    expect(
      fieldsOf({ name: 'user/signed-up', data: { userId: 'u1', at, password: 'hunter2' } }),
    ).toEqual(['data']);
  });
});
