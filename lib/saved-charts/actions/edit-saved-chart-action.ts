'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { parseInput } from '../parse-input';
import { NameSchema, splitTags, TagsSchema } from '../schemas';
import { renameSavedChart, updateTags } from '../update-saved-chart';
import { currentUserId } from './current-user-id';
import { formStateFromError, type SavedChartFormState } from './form-state';

const EditSchema = z.object({ name: NameSchema, tags: TagsSchema });

/** Renames and retags in one form; both inputs are checked before either is written. */
export async function editSavedChartAction(
  _: SavedChartFormState,
  form: FormData,
): Promise<SavedChartFormState> {
  const values = { name: String(form.get('name') ?? ''), tags: String(form.get('tags') ?? '') };
  const userId = await currentUserId();
  if (!userId) return { formError: 'unauthenticated', values };
  const id = String(form.get('id') ?? '');
  try {
    const { name, tags } = parseInput(EditSchema, {
      name: values.name,
      tags: splitTags(values.tags),
    });
    await renameSavedChart(db(), { userId, id, name });
    await updateTags(db(), { userId, id, tags });
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(`/${String(form.get('locale') ?? 'en')}/account/charts`);
  return { done: true, values };
}
