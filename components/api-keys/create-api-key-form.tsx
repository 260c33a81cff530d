'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { IssuedApiKeyView } from '@/app/api/account/keys/key-view';
import { FormField } from '@/components/auth/form-field';
import type { ApiKeyEnvironment } from '@/lib/api-keys/key-format';
import { API_SCOPES } from '@/lib/api-keys/scopes';
import { AccountKeysError, createKey } from './account-keys-client';
import styles from './api-keys.module.css';
import { useKeyErrorText } from './use-key-error-text';

// key-format.ts holds the list but needs node:zlib, which the browser bundle lacks.
const ENVIRONMENTS = ['live', 'test'] as const satisfies readonly ApiKeyEnvironment[];

interface Errors {
  name?: boolean;
  scopes?: boolean;
  form?: string;
}

/** Name, environment and scopes of a new key; the issued key goes up to the page. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (issued: IssuedApiKeyView) => void }) {
  const t = useTranslations('apiKeys');
  const errorText = useKeyErrorText();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      name: String(data.get('name') ?? ''),
      environment: String(data.get('environment') ?? 'live'),
      scopes: data.getAll('scopes').map(String),
    };
    const local: Errors = {
      ...(input.name.trim() === '' ? { name: true } : {}),
      ...(input.scopes.length === 0 ? { scopes: true } : {}),
    };
    setErrors(local);
    if (local.name || local.scopes) return;
    setPending(true);
    try {
      const issued = await createKey(input);
      form.reset();
      onCreated(issued);
    } catch (error) {
      if (!(error instanceof AccountKeysError)) throw error;
      const name = error.fields.includes('name');
      const scopes = error.fields.some((f) => f.startsWith('scopes'));
      setErrors(name || scopes ? { name, scopes } : { form: errorText(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="card"
      noValidate
      onSubmit={submit}
      aria-labelledby="create-api-key-title"
      data-testid="create-api-key"
    >
      <h2 id="create-api-key-title">{t('createTitle')}</h2>
      <FormField
        name="name"
        label={t('name')}
        hint={t('nameHint')}
        required
        maxLength={100}
        autoComplete="off"
        error={errors.name ? t('errors.name') : undefined}
      />
      <fieldset className={styles.scopes}>
        <legend>{t('environment')}</legend>
        <div className={styles.environments}>
          {ENVIRONMENTS.map((environment) => (
            <label key={environment} className="checkbox">
              <input
                type="radio"
                name="environment"
                value={environment}
                defaultChecked={environment === 'live'}
              />
              {t(`environments.${environment}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset
        className={styles.scopes}
        aria-describedby={`scopes-hint${errors.scopes ? ' scopes-error' : ''}`}
      >
        <legend>{t('scopes')}</legend>
        <p id="scopes-hint" className="field-hint">
          {t('scopesHint')}
        </p>
        <div className={styles.scopeGrid}>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" name="scopes" value={scope} />
              <span>
                {t(`scopeNames.${scope.replace(':', '_')}`)}{' '}
                <span className={styles.scopeCode}>{scope}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.scopes && (
          <p id="scopes-error" className="field-error" role="alert">
            {t('errors.scopes')}
          </p>
        )}
      </fieldset>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : t('create')}
      </button>
    </form>
  );
}
