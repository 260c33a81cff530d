'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { RealtimeEnvelope } from '@/lib/realtime/protocol';
import { adminRoom } from '@/lib/realtime/rooms';
import { useRealtime } from '@/components/realtime/use-realtime';
import { SignupsChart, type SignupPoint } from './signups-chart';
import styles from './signups-panel.module.css';

async function fetchToken(): Promise<string> {
  const res = await fetch('/api/realtime/token', { cache: 'no-store' });
  if (!res.ok) throw new Error(`realtime token: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

function isSignupPayload(value: unknown): value is SignupPoint {
  const v = value as Partial<SignupPoint> | null;
  return typeof v?.day === 'string' && typeof v.count === 'number';
}

/**
 * The admin's sign-up figures: server-rendered from the rollup, then kept current by the
 * `signup` events the sign-up job publishes to the admin room.
 */
export function SignupsPanel({
  initialSeries,
  initialTotal,
  days,
  realtimeUrl,
}: {
  initialSeries: SignupPoint[];
  initialTotal: number;
  days: number;
  realtimeUrl: string;
}) {
  const t = useTranslations('admin');
  const [series, setSeries] = useState(initialSeries);
  const [total, setTotal] = useState(initialTotal);
  const onEvent = useCallback(({ event, payload }: RealtimeEnvelope) => {
    if (event !== 'signup' || !isSignupPayload(payload)) return;
    setTotal((n) => n + 1);
    setSeries((current) => {
      const known = current.some((p) => p.day === payload.day);
      const next = known
        ? current.map((p) => (p.day === payload.day ? { ...p, count: payload.count } : p))
        : [...current.slice(1), { day: payload.day, count: payload.count }];
      return next;
    });
  }, []);

  const status = useRealtime({
    url: realtimeUrl,
    token: fetchToken,
    rooms: [adminRoom()],
    onEvent,
  });

  const today = series[series.length - 1]?.count ?? 0;
  const live = status.state === 'connected';

  return (
    <div className={styles.panel}>
      <div className={styles.stats}>
        <div className="card">
          <div className="field-hint">{t('totalUsers')}</div>
          <div className={styles.figure} data-testid="total-users">
            {total}
          </div>
        </div>
        <div className="card">
          <div className="field-hint">{t('signupsToday')}</div>
          <div className={styles.figure} data-testid="signups-today">
            {today}
          </div>
        </div>
      </div>
      <div className="card">
        <div className={styles.heading}>
          <h2>{t('signupsTitle')}</h2>
          <span
            className={live ? styles.live : styles.offline}
            data-testid="live-status"
            data-state={live ? 'live' : 'offline'}
            role="status"
          >
            {live ? t('live') : t('offline')}
          </span>
        </div>
        <p className="field-hint">{t('signupsDescription', { days })}</p>
        <SignupsChart series={series} label={t('chartLabel')} />
      </div>
    </div>
  );
}
