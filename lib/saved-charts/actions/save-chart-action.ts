'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { saveChart } from '../save-chart';
import { splitTags } from '../schemas';
import { currentUserId } from './current-user-id';
import { formStateFromError, type SavedChartFormState } from './form-state';

export async function saveChartAction(
  _: SavedChartFormState,
  form: FormData,
): Promise<SavedChartFormState> {
  const values = { name: String(form.get('name') ?? ''), tags: String(form.get('tags') ?? '') };
  const userId = await currentUserId();
  if (!userId) return { formError: 'unauthenticated', values };
  const chartHash = String(form.get('chartHash') ?? '');
  try {
    await saveChart(db(), { userId, chartHash, name: values.name, tags: splitTags(values.tags) });
  } catch (error) {
    return formStateFromError(error, values);
  }
  const locale = String(form.get('locale') ?? 'en');
  revalidatePath(`/${locale}/account/charts`);
  revalidatePath(`/${locale}/chart/${chartHash}`);
  return { done: true, values };
}
