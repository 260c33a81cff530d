'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import type { AuthFormState } from '@/lib/auth/form-state';
import { useErrorText } from './use-error-text';

type AuthAction = (state: AuthFormState, form: FormData) => Promise<AuthFormState>;

/**
 * The frame both auth forms share: the server action's state, the locale and return path
 * as hidden fields, the form-level error and a submit button that shows progress. Fields
 * are rendered by the caller from the state it is handed.
 */
export function AuthForm({
  action,
  submitLabel,
  next,
  children,
}: {
  action: AuthAction;
  submitLabel: string;
  next?: string;
  children: (state: AuthFormState, errorText: (code?: string) => string | undefined) => ReactNode;
}) {
  const t = useTranslations('auth');
  const errorText = useErrorText();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<AuthFormState, FormData>(action, {});

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {children(state, errorText)}
      {state.formError && (
        <p className="form-error" role="alert">
          {errorText(state.formError)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : submitLabel}
      </button>
    </form>
  );
}
