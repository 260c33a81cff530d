'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormField } from '@/components/auth/form-field';
import { createChartAction, type BirthFormState } from '@/lib/charts/create-chart-action';
import { HOUSE_SYSTEMS } from '@/lib/astro/types';
import { PlaceCombobox } from './place-combobox';

/** Birth data in, chart out: the home page's form. Works without an account. */
export function BirthForm() {
  const t = useTranslations('birth');
  const format = useFormatter();
  const locale = useLocale();
  const [state, action, pending] = useActionState<BirthFormState, FormData>(createChartAction, {});
  const [timeUnknown, setTimeUnknown] = useState(false);
  const error = (code?: string) =>
    code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown')) : undefined;

  return (
    <form action={action} className="card" noValidate data-testid="birth-form">
      <input type="hidden" name="locale" value={locale} />
      <div className="form-row">
        <FormField
          defaultValue={state.values?.date}
          name="date"
          type="date"
          label={t('date')}
          required
          min="1800-01-01"
          max="2399-12-31"
          error={error(state.fieldErrors?.date)}
        />
        <FormField
          defaultValue={state.values?.time}
          name="time"
          type="time"
          label={t('time')}
          disabled={timeUnknown}
          required={!timeUnknown}
          error={error(state.fieldErrors?.time)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="timeUnknown"
          checked={timeUnknown}
          onChange={(e) => setTimeUnknown(e.target.checked)}
        />
        {t('timeUnknown')}
      </label>
      <PlaceCombobox
        label={t('place')}
        locale={locale}
        noResults={t('noPlaces')}
        error={error(state.fieldErrors?.placeId)}
      />
      <details className="options">
        <summary>{t('options')}</summary>
        <div className="form-row">
          <div className="field">
            <label htmlFor="houseSystem">{t('houseSystem')}</label>
            <select
              id="houseSystem"
              name="houseSystem"
              defaultValue={state.values?.houseSystem || 'placidus'}
              key={state.values?.houseSystem}
            >
              {HOUSE_SYSTEMS.map((system) => (
                <option key={system} value={system}>
                  {t(`houseSystems.${system}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="zodiac">{t('zodiac')}</label>
            <select
              id="zodiac"
              name="zodiac"
              defaultValue={state.values?.zodiac || 'tropical'}
              key={state.values?.zodiac}
            >
              <option value="tropical">{t('zodiacs.tropical')}</option>
              <option value="lahiri">{t('zodiacs.lahiri')}</option>
              <option value="fagan_bradley">{t('zodiacs.fagan_bradley')}</option>
            </select>
          </div>
        </div>
      </details>
      {state.choice && (
        <fieldset className="dst-choice" data-testid="dst-choice">
          <legend>{t(state.choice.kind === 'gap' ? 'dstGapTitle' : 'dstAmbiguousTitle')}</legend>
          <p className="field-hint">
            {t(state.choice.kind === 'gap' ? 'dstGapBody' : 'dstAmbiguousBody')}
          </p>
          {state.choice.candidates.map((c, index) => (
            <label key={c.utc} className="checkbox">
              <input
                type="radio"
                name="offsetMinutes"
                value={c.offsetMinutes}
                defaultChecked={index === 0}
              />
              {t('dstCandidate', {
                utc: format.dateTime(new Date(c.utc), {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                  timeZone: 'UTC',
                }),
                offset: `${c.offsetMinutes >= 0 ? '+' : '−'}${String(Math.floor(Math.abs(c.offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(c.offsetMinutes) % 60).padStart(2, '0')}`,
              })}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
