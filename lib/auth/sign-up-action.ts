'use server';

import { db } from '@/db/client';
import { signUpSchema } from '@/lib/accounts/credentials-schema';
import { createUser } from '@/lib/accounts/create-user';
import { AppError } from '@/lib/errors/app-error';
import { sendEvent } from '@/lib/jobs/send-event';
import { logger } from '@/lib/logging/logger';
import { fieldErrorMap } from '@/lib/validation/field-errors';
import { signIn } from './auth';
import { safeReturnPath, type AuthFormState } from './form-state';

export async function signUpAction(_: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
  const parsed = signUpSchema.safeParse({ ...values, password: form.get('password') });
  if (!parsed.success) return { fieldErrors: fieldErrorMap(parsed.error), values };

  try {
    const user = await createUser(db(), parsed.data);
    // The account exists now; a lost event only delays the audit row and the admin chart,
    // which the rollup cron recomputes, so it must not fail the sign-up.
    await sendEvent({
      name: 'user/signed-up',
      data: { userId: user.id, at: user.createdAt.toISOString() },
    }).catch((error: unknown) =>
      logger.error({ err: error, userId: user.id }, 'signup event lost'),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'email_taken') {
      return { fieldErrors: { email: 'email_taken' }, values };
    }
    throw error;
  }

  const locale = String(form.get('locale') ?? 'en');
  await signIn('credentials', {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeReturnPath(form.get('next'), `/${locale}/account`),
  });
  return {};
}
