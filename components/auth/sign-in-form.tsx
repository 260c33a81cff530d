'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction } from '@/lib/auth/sign-in-action';
import type { AuthFormState } from '@/lib/auth/form-state';
import { FormField } from './form-field';
import { useErrorText } from './use-error-text';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const errorText = useErrorText();
  const locale = useLocale();
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, {});

  return (
    <form action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <FormField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errorText(state.fieldErrors?.email)}
      />
      <FormField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={errorText(state.fieldErrors?.password)}
      />
      {state.formError && (
        <p className="form-error" role="alert">
          {errorText(state.formError)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : t('submitSignIn')}
      </button>
    </form>
  );
}
