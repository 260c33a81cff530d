'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { AppError } from '@/lib/errors/app-error';
import { isLocale } from '@/lib/i18n/locales';
import { logger } from '@/lib/logging/logger';
import { requestReading } from '@/lib/readings/request-reading';
import { fieldErrorMap } from '@/lib/validation/field-errors';
import { BirthRequestSchema } from './birth-request';
import { createChart } from './create-chart';

export interface BirthFormState {
  fieldErrors?: Record<string, string>;
  /** What was submitted, so the form shows it again after React resets it. */
  values?: Record<string, string>;
  /** The local time was skipped or repeated by a DST change: the person picks one. */
  choice?: {
    kind: 'gap' | 'ambiguous';
    candidates: { utc: string; offsetMinutes: number }[];
  };
}

function readForm(form: FormData) {
  const timeUnknown = form.get('timeUnknown') === 'on';
  const offset = form.get('offsetMinutes');
  return {
    date: String(form.get('date') ?? ''),
    time: timeUnknown ? null : String(form.get('time') ?? ''),
    placeId: form.get('placeId') ?? '',
    houseSystem: String(form.get('houseSystem') || 'placidus'),
    zodiac:
      form.get('zodiac') && form.get('zodiac') !== 'tropical'
        ? { kind: 'sidereal', ayanamsa: String(form.get('zodiac')) }
        : { kind: 'tropical' },
    ...(offset ? { disambiguation: { offsetMinutes: Number(offset) } } : {}),
  };
}

const ECHOED = ['date', 'time', 'houseSystem', 'zodiac'] as const;

export async function createChartAction(
  _: BirthFormState,
  form: FormData,
): Promise<BirthFormState> {
  const values = Object.fromEntries(ECHOED.map((name) => [name, String(form.get(name) ?? '')]));
  const parsed = BirthRequestSchema.safeParse(readForm(form));
  if (!parsed.success) return { fieldErrors: fieldErrorMap(parsed.error), values };
  let result;
  try {
    result = await createChart(db(), parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.context.fields) {
      return {
        fieldErrors: Object.fromEntries(error.context.fields.map((f) => [f.field, f.message])),
        values,
      };
    }
    throw error;
  }
  if (result.kind !== 'chart') {
    return {
      values,
      choice: {
        kind: result.kind,
        candidates: result.candidates.map((c) => ({
          utc: c.utc.toISOString(),
          offsetMinutes: c.offsetMinutes,
        })),
      },
    };
  }
  const locale = String(form.get('locale') ?? 'en');
  // Start writing the reading now, so its first sections are stored by the time the chart
  // page asks for them. A failure only means the page starts it instead.
  await requestReading(db(), {
    chartHash: result.hash,
    locale: isLocale(locale) ? locale : 'en',
    requestedBy: null,
  }).catch((error: unknown) => logger.warn({ err: error }, 'early reading request failed'));
  redirect(`/${locale}/chart/${result.hash}`);
}
