'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveChartAction } from '@/lib/saved-charts/actions/save-chart-action';
import type { SavedChartFormState } from '@/lib/saved-charts/actions/form-state';
import { Link } from '@/lib/i18n/navigation';
import { TextField } from './text-field';
import { useSavedChartErrorText } from './use-saved-chart-error-text';

/** Saves the chart on the page under a name and tags; saving again updates them. */
export function SaveChartForm({
  chartHash,
  defaultName,
  defaultTags,
  alreadySaved,
}: {
  chartHash: string;
  defaultName: string;
  defaultTags: string;
  alreadySaved: boolean;
}) {
  const t = useTranslations('savedCharts');
  const errorText = useSavedChartErrorText();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<SavedChartFormState, FormData>(
    saveChartAction,
    {},
  );
  const saved = alreadySaved || state.done;

  return (
    <form action={formAction} noValidate aria-labelledby="save-chart-title">
      <h2 id="save-chart-title">{t('saveTitle')}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="chartHash" value={chartHash} />
      <TextField
        idPrefix="save-chart"
        name="name"
        label={t('name')}
        required
        maxLength={100}
        defaultValue={state.values?.name ?? defaultName}
        error={errorText(state.fieldErrors?.name)}
      />
      <TextField
        idPrefix="save-chart"
        name="tags"
        label={t('tags')}
        hint={t('tagsHint')}
        defaultValue={state.values?.tags ?? defaultTags}
        error={errorText(state.fieldErrors?.tags)}
      />
      {state.formError && (
        <p className="form-error" role="alert">
          {errorText(state.formError)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : saved ? t('update') : t('save')}
      </button>
      <p role="status">
        {state.done ? t('saved') : alreadySaved ? t('alreadySaved') : null}{' '}
        {saved && <Link href="/account/charts">{t('viewList')}</Link>}
      </p>
    </form>
  );
}
