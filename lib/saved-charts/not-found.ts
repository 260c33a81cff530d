import { AppError } from '@/lib/errors/app-error';

/**
 * The one answer for a saved chart that does not exist, is someone else's or has a malformed
 * id: the same code and message, so nobody can probe for other people's rows.
 */
export function savedChartNotFound(): AppError {
  return new AppError('not_found', 'saved_chart_not_found');
}
