import { getTranslations } from 'next-intl/server';
import { FormField } from '@/components/auth/form-field';
import type { OtherChart } from '@/lib/techniques-view/other-chart';
import { QueryForm } from './query-form';

/** The field that names the second chart of a synastry or composite. */
export async function OtherChartForm({ other, label }: { other: OtherChart; label: string }) {
  const t = await getTranslations('techniques');
  return (
    <QueryForm label={label} submit={t('common.submit')}>
      <FormField
        name="other"
        type="text"
        label={t('synastry.otherLabel')}
        hint={t('synastry.otherHint')}
        defaultValue={other.ref}
        autoComplete="off"
        error={other.error ? t(`errors.${other.error}`) : undefined}
      />
    </QueryForm>
  );
}
