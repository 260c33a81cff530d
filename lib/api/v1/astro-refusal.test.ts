import { describe, expect, it } from 'vitest';
import { AstroError } from '@/lib/astro/errors';
import { AppError } from '@/lib/errors/app-error';
import { withAstroRefusals } from './astro-refusal';

function refusalOf(thrown: Error, options: { prefix?: string; fallback: string }) {
  try {
    withAstroRefusals(() => {
      throw thrown;
    }, options);
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('withAstroRefusals', () => {
  it('passes the result through', () => {
    expect(withAstroRefusals(() => 42, { fallback: 'date' })).toBe(42);
  });

  it.each([
    ['pole_latitude', 'a.latitude'],
    ['invalid_time', 'a.time'],
    ['unknown_zone', 'a.zone'],
    ['out_of_range', 'a.date'],
  ])('maps %s to %s', (code, field) => {
    const error = refusalOf(new AstroError(code, 'refused'), { prefix: 'a.', fallback: 'date' });
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation_failed');
    expect((error as AppError).context.fields).toEqual([{ field, message: code }]);
  });

  it('rethrows anything that is not an engine refusal', () => {
    const bug = new TypeError('bug');
    expect(refusalOf(bug, { fallback: 'date' })).toBe(bug);
  });
});
