'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import styles from './api-keys.module.css';

/**
 * A button that asks in the page itself (not window.confirm) before acting, so the
 * question reads the same to keyboards and screen readers as the rest of the list.
 */
export function ConfirmButton({
  label,
  question,
  yes,
  onConfirm,
}: {
  label: string;
  question: string;
  yes: string;
  /** Resolves when done; the question closes either way. */
  onConfirm: () => Promise<void>;
}) {
  const t = useTranslations('apiKeys');
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }

  async function confirm() {
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <div role="group" aria-label={label} className={styles.confirm}>
      <p role="alert">{question}</p>
      <div className={styles.actions}>
        <button
          type="button"
          className={`button ${styles.danger}`}
          disabled={pending}
          onClick={confirm}
        >
          {pending ? t('pending') : yes}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setConfirming(false)}
          autoFocus
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
