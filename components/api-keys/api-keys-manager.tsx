'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ApiKeyView, IssuedApiKeyView } from '@/app/api/account/keys/key-view';
import { AccountKeysError, revokeKey, rollKey } from './account-keys-client';
import { ApiKeyItem } from './api-key-item';
import styles from './api-keys.module.css';
import { CreateApiKeyForm } from './create-api-key-form';
import { SecretReveal } from './secret-reveal';
import { useKeyErrorText } from './use-key-error-text';

/** The account's keys: create, then the one-time secret, then the list with roll and revoke. */
export function ApiKeysManager({ initialKeys }: { initialKeys: ApiKeyView[] }) {
  const t = useTranslations('apiKeys');
  const errorText = useKeyErrorText();
  const [keys, setKeys] = useState(initialKeys);
  const [revealed, setRevealed] = useState<IssuedApiKeyView | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');

  const replace = (apiKey: ApiKeyView) =>
    setKeys((current) => current.map((k) => (k.id === apiKey.id ? apiKey : k)));

  async function act(work: () => Promise<void>) {
    setFailure('');
    setStatus('');
    try {
      await work();
    } catch (error) {
      if (!(error instanceof AccountKeysError)) throw error;
      setFailure(errorText(error));
    }
  }

  const roll = (id: string) =>
    act(async () => {
      const issued = await rollKey(id);
      replace(issued.apiKey);
      setRevealed(issued);
    });

  const revoke = (id: string) =>
    act(async () => {
      const apiKey = await revokeKey(id);
      replace(apiKey);
      if (revealed?.apiKey.id === id) setRevealed(null);
      setStatus(t('revokedDone', { name: apiKey.name }));
    });

  return (
    <div className={styles.stack}>
      {revealed ? (
        <SecretReveal
          key={revealed.secret}
          name={revealed.apiKey.name}
          secret={revealed.secret}
          onDone={() => setRevealed(null)}
        />
      ) : (
        <CreateApiKeyForm
          onCreated={(issued) => {
            setFailure('');
            setStatus('');
            setKeys((current) => [issued.apiKey, ...current]);
            setRevealed(issued);
          }}
        />
      )}
      <section aria-labelledby="api-keys-list-title">
        <h2 id="api-keys-list-title">{t('listTitle')}</h2>
        <p role="status" data-testid="api-keys-status">
          {status}
        </p>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        {keys.length === 0 ? (
          <p data-testid="api-keys-empty">{t('empty')}</p>
        ) : (
          <ul className={styles.list} data-testid="api-keys">
            {keys.map((apiKey) => (
              <ApiKeyItem
                key={apiKey.id}
                apiKey={apiKey}
                onRoll={() => roll(apiKey.id)}
                onRevoke={() => revoke(apiKey.id)}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
