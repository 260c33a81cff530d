import { AppError } from '@/lib/errors/app-error';

/** What a saved-chart form's server action answers: message codes the form localizes. */
export interface SavedChartFormState {
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  /** Set when the change went through, so the form can say so. */
  done?: boolean;
}

/**
 * Turns the lib's refusals into form state: field codes beside their inputs (a tag's
 * `tags.3` shows beside the tags box), anything else as a form-level code.
 */
export function formStateFromError(
  error: unknown,
  values: Record<string, string>,
): SavedChartFormState {
  if (!(error instanceof AppError)) throw error;
  if (error.context.fields?.length) {
    const fieldErrors: Record<string, string> = {};
    for (const { field, message } of error.context.fields) {
      const name = field.split('.')[0] ?? field;
      fieldErrors[name] ??= message;
    }
    return { fieldErrors, values };
  }
  if (error.code === 'not_found') return { formError: 'saved_chart_not_found', values };
  throw error;
}
