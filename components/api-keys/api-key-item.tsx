'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ApiKeyView } from '@/app/api/account/keys/key-view';
import styles from './api-keys.module.css';
import { ConfirmButton } from './confirm-button';

const DATE_TIME = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
} as const;

/** One key: what it is and may do, when it was used, and its roll and revoke actions. */
export function ApiKeyItem({
  apiKey,
  onRoll,
  onRevoke,
}: {
  apiKey: ApiKeyView;
  onRoll: () => Promise<void>;
  onRevoke: () => Promise<void>;
}) {
  const t = useTranslations('apiKeys');
  const format = useFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), DATE_TIME) : null);
  const revoked = apiKey.revokedAt !== null;

  return (
    <li
      className={`card ${styles.item} ${revoked ? styles.revoked : ''}`}
      data-testid="api-key"
      data-key-id={apiKey.id}
      data-state={revoked ? 'revoked' : 'active'}
    >
      <h3>
        {apiKey.name}
        <span
          className={`${styles.badge} ${apiKey.environment === 'live' ? styles.badgeLive : ''}`}
        >
          {t(`environments.${apiKey.environment}`)}
        </span>
        {revoked && (
          <span className={`${styles.badge} ${styles.badgeRevoked}`}>{t('revoked')}</span>
        )}
      </h3>
      <dl className={styles.details}>
        <dt>{t('prefix')}</dt>
        <dd className={styles.prefix} data-testid="api-key-prefix">
          {apiKey.prefix}…
        </dd>
        <dt>{t('scopes')}</dt>
        <dd className={styles.prefix}>{apiKey.scopes.join(', ')}</dd>
        <dt>{t('plan')}</dt>
        <dd>{t(`planNames.${apiKey.plan}`)}</dd>
        <dt>{t('created')}</dt>
        <dd>{when(apiKey.createdAt)}</dd>
        {apiKey.rolledAt && (
          <>
            <dt>{t('rolled')}</dt>
            <dd>{when(apiKey.rolledAt)}</dd>
          </>
        )}
        <dt>{t('lastUsed')}</dt>
        <dd>{when(apiKey.lastUsedAt) ?? t('never')}</dd>
        <dt>{t('status')}</dt>
        <dd data-testid="api-key-status">
          {revoked ? `${t('revoked')} ${when(apiKey.revokedAt) ?? ''}` : t('active')}
        </dd>
      </dl>
      {!revoked && (
        <div className={styles.actions}>
          <ConfirmButton
            label={t('roll')}
            question={t('confirmRoll', { name: apiKey.name })}
            yes={t('confirmRollYes')}
            onConfirm={onRoll}
          />
          <ConfirmButton
            label={t('revoke')}
            question={t('confirmRevoke', { name: apiKey.name })}
            yes={t('confirmRevokeYes')}
            onConfirm={onRevoke}
          />
        </div>
      )}
    </li>
  );
}
