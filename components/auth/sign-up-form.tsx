'use client';

import { useTranslations } from 'next-intl';
import { signUpAction } from '@/lib/auth/sign-up-action';
import { AuthForm } from './auth-form';
import { FormField } from './form-field';

export function SignUpForm() {
  const t = useTranslations('auth');
  return (
    <AuthForm action={signUpAction} submitLabel={t('submitSignUp')}>
      {(state, errorText) => (
        <>
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
        </>
      )}
    </AuthForm>
  );
}
