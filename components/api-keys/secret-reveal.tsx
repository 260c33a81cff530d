'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import styles from './api-keys.module.css';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The full key, shown once after creation or roll. It lives only in this component's
 * props: dismissing it or leaving the page drops the last copy the browser holds.
 */
export function SecretReveal({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const t = useTranslations('apiKeys');
  const [copy, setCopy] = useState<CopyState>('idle');
  const heading = useRef<HTMLHeadingElement>(null);

  // Move focus here so keyboard and screen-reader users land on the one-time key.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section
      className={`card ${styles.secret}`}
      aria-labelledby="api-key-secret-title"
      data-testid="api-key-secret"
    >
      <h2 id="api-key-secret-title" tabIndex={-1} ref={heading}>
        {t('secretTitle')}
      </h2>
      <p>{t('secretFor', { name })}</p>
      <p className={styles.warning}>{t('secretWarning')}</p>
      <div className={styles.secretValue}>
        <input
          readOnly
          value={secret}
          aria-label={t('secretFor', { name })}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          data-testid="api-key-secret-value"
        />
        <button type="button" className="button" onClick={copyKey}>
          {t('copy')}
        </button>
      </div>
      <p role="status" className={copy === 'failed' ? 'form-error' : 'field-hint'}>
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : null}
      </p>
      <button type="button" className="button button-secondary" onClick={onDone}>
        {t('done')}
      </button>
    </section>
  );
}
