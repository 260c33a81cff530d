'use server';

import { CredentialsSignin } from 'next-auth';
import { signInSchema } from '@/lib/accounts/credentials-schema';
import { fieldErrorMap } from '@/lib/validation/field-errors';
import { signIn } from './auth';
import { safeReturnPath, type AuthFormState } from './form-state';

export async function signInAction(_: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get('email') ?? '');
  const parsed = signInSchema.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return { fieldErrors: fieldErrorMap(parsed.error), values: { email } };

  const locale = String(form.get('locale') ?? 'en');
  try {
    await signIn('credentials', {
      ...parsed.data,
      redirectTo: safeReturnPath(form.get('next'), `/${locale}/account`),
    });
  } catch (error) {
    // Success is a redirect, thrown as a special error that must propagate.
    if (error instanceof CredentialsSignin) {
      const code = error.code === 'rate_limited' ? 'rate_limited' : 'invalid_credentials';
      return { formError: code, values: { email } };
    }
    throw error;
  }
  return {};
}
