'use client';

import { useTranslations } from 'next-intl';
import { signInAction } from '@/lib/auth/sign-in-action';
import { AuthForm } from './auth-form';
import { FormField } from './form-field';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  return (
    <AuthForm action={signInAction} submitLabel={t('submitSignIn')} next={next}>
      {(state, errorText) => (
        <>
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
        </>
      )}
    </AuthForm>
  );
}
