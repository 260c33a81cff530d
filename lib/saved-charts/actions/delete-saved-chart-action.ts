'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { deleteSavedChart } from '../delete-saved-chart';
import { currentUserId } from './current-user-id';
import { formStateFromError, type SavedChartFormState } from './form-state';

export async function deleteSavedChartAction(
  _: SavedChartFormState,
  form: FormData,
): Promise<SavedChartFormState> {
  const userId = await currentUserId();
  if (!userId) return { formError: 'unauthenticated' };
  try {
    await deleteSavedChart(db(), { userId, id: String(form.get('id') ?? '') });
  } catch (error) {
    return formStateFromError(error, {});
  }
  revalidatePath(`/${String(form.get('locale') ?? 'en')}/account/charts`);
  return { done: true };
}
