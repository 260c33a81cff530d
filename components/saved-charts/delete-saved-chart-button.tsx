'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { deleteSavedChartAction } from '@/lib/saved-charts/actions/delete-saved-chart-action';
import type { SavedChartFormState } from '@/lib/saved-charts/actions/form-state';
import { useSavedChartErrorText } from './use-saved-chart-error-text';

/**
 * Delete with a confirmation step in the page itself (not window.confirm), so it reads the
 * same to screen readers and keyboards as the rest of the form.
 */
export function DeleteSavedChartButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('savedCharts');
  const errorText = useSavedChartErrorText();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState<SavedChartFormState, FormData>(
    deleteSavedChartAction,
    {},
  );

  if (!confirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        {t('delete')}
      </button>
    );
  }
  return (
    <form action={formAction} role="group" aria-label={t('delete')}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <p role="alert">{t('confirmDelete', { name })}</p>
      {state.formError && <p className="form-error">{errorText(state.formError)}</p>}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : t('confirmDeleteYes')}
      </button>{' '}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setConfirming(false)}
        autoFocus
      >
        {t('cancel')}
      </button>
    </form>
  );
}
