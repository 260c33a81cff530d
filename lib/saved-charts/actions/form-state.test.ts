import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { formStateFromError } from './form-state';

describe('formStateFromError', () => {
  const values = { name: 'x', tags: 'a' };

  it('puts field codes beside their inputs, the first per field winning', () => {
    const error = new AppError('validation_failed', 'tag_too_long', {
      fields: [
        { field: 'tags.2', message: 'tag_too_long' },
        { field: 'tags', message: 'too_many_tags' },
        { field: 'name', message: 'name_required' },
      ],
    });
    expect(formStateFromError(error, values)).toEqual({
      fieldErrors: { tags: 'tag_too_long', name: 'name_required' },
      values,
    });
  });

  it('answers a missing or foreign saved chart with one form-level code', () => {
    expect(formStateFromError(new AppError('not_found', 'whatever'), values)).toEqual({
      formError: 'saved_chart_not_found',
      values,
    });
  });

  it('rethrows what is not a refusal', () => {
    const boom = new Error('db down');
    expect(() => formStateFromError(boom, values)).toThrow(boom);
    expect(() => formStateFromError(new AppError('internal', 'x'), values)).toThrow(AppError);
  });
});
