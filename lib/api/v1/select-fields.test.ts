import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { selectFields } from './select-fields';

const value = {
  hash: 'h',
  chart: { bodies: { sun: { sign: 'aries', lon: 3 }, moon: { sign: 'leo' } } },
  list: [1, 2],
};

function refusal(fields: string): AppError {
  try {
    selectFields(value, fields);
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected a refusal');
}

describe('selectFields', () => {
  it('keeps everything without a selection', () => {
    expect(selectFields(value, null)).toBe(value);
  });

  it('merges sibling paths under a shared parent', () => {
    expect(selectFields(value, 'chart.bodies.sun.sign, chart.bodies.moon,hash')).toEqual({
      hash: 'h',
      chart: { bodies: { sun: { sign: 'aries' }, moon: { sign: 'leo' } } },
    });
  });

  it('keeps arrays whole and does not walk into them', () => {
    expect(selectFields(value, 'list')).toEqual({ list: [1, 2] });
    expect(refusal('list.0').context.fields?.[0]?.field).toBe('fields');
  });

  it.each([
    'nope',
    'chart.bodies.sun.sign.x',
    'hash..x',
    'a b',
    '',
    ',',
    '__proto__',
    'constructor',
  ])('refuses %j on the fields parameter', (fields) => {
    const error = refusal(fields);
    expect(error.code).toBe('validation_failed');
    expect(error.context.fields?.[0]?.field).toBe('fields');
  });

  it('refuses more than 50 paths', () => {
    expect(refusal(Array.from({ length: 51 }, () => 'hash').join(',')).code).toBe(
      'validation_failed',
    );
  });
});
