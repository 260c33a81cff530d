'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { editSavedChartAction } from '@/lib/saved-charts/actions/edit-saved-chart-action';
import type { SavedChartFormState } from '@/lib/saved-charts/actions/form-state';
import { TextField } from './text-field';
import { useSavedChartErrorText } from './use-saved-chart-error-text';

/** Renames and retags one saved chart, in place in the list. */
export function EditSavedChartForm({
  id,
  name,
  tags,
  onClose,
}: {
  id: string;
  name: string;
  tags: string[];
  onClose: () => void;
}) {
  const t = useTranslations('savedCharts');
  const errorText = useSavedChartErrorText();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<SavedChartFormState, FormData>(
    editSavedChartAction,
    {},
  );
  const idPrefix = `edit-${id}`;

  return (
    <form action={formAction} noValidate data-testid="edit-saved-chart">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <TextField
        idPrefix={idPrefix}
        name="name"
        label={t('name')}
        required
        maxLength={100}
        defaultValue={state.values?.name ?? name}
        error={errorText(state.fieldErrors?.name)}
      />
      <TextField
        idPrefix={idPrefix}
        name="tags"
        label={t('tags')}
        hint={t('tagsHint')}
        defaultValue={state.values?.tags ?? tags.join(', ')}
        error={errorText(state.fieldErrors?.tags)}
      />
      {state.formError && (
        <p className="form-error" role="alert">
          {errorText(state.formError)}
        </p>
      )}
      <p role="status">{state.done ? t('changesSaved') : null}</p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : t('saveChanges')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t('cancel')}
      </button>
    </form>
  );
}
