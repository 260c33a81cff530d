import { AstroError } from '@/lib/astro/errors';
import { AppError } from '@/lib/errors/app-error';

/** Which input field each engine refusal is about; the rest fall back to the caller's field. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  invalid_time: 'time',
  invalid_latitude: 'latitude',
  pole_latitude: 'latitude',
  polar_latitude: 'latitude',
  invalid_longitude: 'longitude',
  unknown_zone: 'zone',
};

/**
 * Runs an engine computation, turning its typed refusals (out of range, Feb 30, a pole…)
 * into a 422 naming the field, `prefix` + field: they are the caller's input to fix.
 * Anything else is rethrown as is.
 *
 * @example
 * withAstroRefusals(() => computeChart(input), { prefix: 'a.', fallback: 'date' });
 */
export function withAstroRefusals<T>(
  compute: () => T,
  options: { prefix?: string; fallback: string },
): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof AstroError)) throw error;
    const field = `${options.prefix ?? ''}${FIELD_OF_CODE[error.code] ?? options.fallback}`;
    throw new AppError('validation_failed', error.message, {
      fields: [{ field, message: error.code }],
    });
  }
}
