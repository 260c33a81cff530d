'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signUpAction } from '@/lib/auth/sign-up-action';
import type { AuthFormState } from '@/lib/auth/form-state';
import { FormField } from './form-field';
import { useErrorText } from './use-error-text';

export function SignUpForm() {
  const t = useTranslations('auth');
  const errorText = useErrorText();
  const locale = useLocale();
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, {});

  return (
    <form action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormField
        name="name"
        label={t('name')}
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={errorText(state.fieldErrors?.name)}
      />
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
        autoComplete="new-password"
        required
        minLength={10}
        hint={t('passwordHint')}
        error={errorText(state.fieldErrors?.password)}
      />
      {state.formError && (
        <p className="form-error" role="alert">
          {errorText(state.formError)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : t('submitSignUp')}
      </button>
    </form>
  );
}
