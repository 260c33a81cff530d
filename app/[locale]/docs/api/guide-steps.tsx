import type { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

const compute = (origin: string) => `curl -X POST ${origin}/api/v1/charts \\
  -H "Authorization: Bearer $ORRERY_KEY" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: $(uuidgen)" \\
  -d '{ "date": "1990-05-15", "time": "14:30", "placeId": 2988507 }'`;

const AMBIGUOUS = `{
  "code": "local_time_skipped",
  "candidates": [
    { "utc": "2021-03-14T06:30:00.000Z", "offsetMinutes": -240, "rule": "iana" },
    { "utc": "2021-03-14T07:30:00.000Z", "offsetMinutes": -300, "rule": "iana" }
  ]
}`;

const reading = (origin: string) => `curl -X POST ${origin}/api/v1/readings \\
  -H "Authorization: Bearer $ORRERY_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{ "chartHash": "<hash>", "locale": "en" }'`;

const FOLLOW = `import { io } from 'socket.io-client';

const { room, realtime } = accepted; // the 202 answer
const socket = io(realtime.url, { auth: { token: realtime.token } });
socket.emit('join', room, (ack) => console.log('joined', ack));
socket.on('event', ({ event, payload }) => {
  if (event === 'section') render(payload);          // one finished section
  if (event === 'done' || event === 'failed') socket.close();
});`;

const poll = (origin: string) => `curl ${origin}/api/v1/readings/<hash>/en \\
  -H "Authorization: Bearer $ORRERY_KEY"`;

/** A translator bound to the `apiDocs` namespace, as `getTranslations` gives it. */
export type GuideTranslator = Awaited<ReturnType<typeof getTranslations<'apiDocs'>>>;

const code = (chunks: ReactNode) => <code>{chunks}</code>;

/**
 * The four steps a new client takes, in the reader's language, with examples to copy that
 * call `origin` (this server).
 */
export function GuideSteps({
  locale,
  origin,
  t,
}: {
  locale: string;
  origin: string;
  t: GuideTranslator;
}) {
  return (
    <section>
      <h2>{t('key.title')}</h2>
      <p>
        {t.rich('key.body', {
          code,
          keys: (chunks) => <a href={`/${locale}/account/api-keys`}>{chunks}</a>,
        })}
      </p>
      <h2>{t('chart.title')}</h2>
      <p>{t.rich('chart.body', { code })}</p>
      <pre>
        <code>{compute(origin)}</code>
      </pre>
      <p>{t.rich('chart.ambiguous', { code, fold: '"disambiguation": { "fold": "earlier" }' })}</p>
      <pre>
        <code>{AMBIGUOUS}</code>
      </pre>
      <h2>{t('reading.title')}</h2>
      <p>{t.rich('reading.body', { code, readingId: '{hash}:{locale}' })}</p>
      <pre>
        <code>{reading(origin)}</code>
      </pre>
      <h2>{t('follow.title')}</h2>
      <p>{t('follow.socket')}</p>
      <pre>
        <code>{FOLLOW}</code>
      </pre>
      <p>{t.rich('follow.poll', { code })}</p>
      <pre>
        <code>{poll(origin)}</code>
      </pre>
    </section>
  );
}
