const COMPUTE = `curl -X POST https://orrery.dev/api/v1/charts \\
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

const READING = `curl -X POST https://orrery.dev/api/v1/readings \\
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

const POLL = `curl https://orrery.dev/api/v1/readings/<hash>/en \\
  -H "Authorization: Bearer $ORRERY_KEY"`;

/** The four steps a new client takes, with copyable examples. */
export function GuideSteps({ locale }: { locale: string }) {
  return (
    <section>
      <h2>1. Create a key</h2>
      <p>
        Sign in and open <a href={`/${locale}/account/api-keys`}>Account → API keys</a>. Create a
        key with the scopes you need (<code>charts:write</code> to store charts,{' '}
        <code>charts:read</code> for techniques, <code>places:read</code>,{' '}
        <code>readings:write</code>, <code>readings:read</code>). The secret (
        <code>ork_live_…</code>) is shown once. Send it as{' '}
        <code>Authorization: Bearer ork_live_…</code>. Limits per minute and per 30 days come back
        in the <code>RateLimit</code> and <code>RateLimit-Policy</code> fields.
      </p>
      <h2>2. Compute a chart</h2>
      <p>
        Give a local date and time with a <code>placeId</code> from{' '}
        <code>GET /api/v1/places?q=</code>, or with <code>latitude</code>, <code>longitude</code>{' '}
        and an IANA <code>zone</code>, or a UT instant <code>utc</code> with coordinates. The answer
        has the chart, its <code>hash</code> and <code>time.rule</code>: how the time was read (
        <code>iana</code>, <code>lmt</code>, <code>explicit</code> or <code>utc</code>).
      </p>
      <pre>
        <code>{COMPUTE}</code>
      </pre>
      <p>
        A local time that a daylight-saving change skipped or repeated is never guessed: the answer
        is a 422 with both readings. Ask again with{' '}
        <code>{'"disambiguation": { "fold": "earlier" }'}</code> (or <code>later</code>, or an{' '}
        <code>offsetMinutes</code>).
      </p>
      <pre>
        <code>{AMBIGUOUS}</code>
      </pre>
      <h2>3. Request a reading</h2>
      <p>
        The answer is 202 with the reading id (<code>{'{hash}:{locale}'}</code>), what is written so
        far, the realtime room and a token for it (valid ten minutes; post again for a new one).
      </p>
      <pre>
        <code>{READING}</code>
      </pre>
      <h2>4. Follow its progress</h2>
      <p>Join the room with socket.io and receive each section as it is written:</p>
      <pre>
        <code>{FOLLOW}</code>
      </pre>
      <p>
        Or poll until <code>status</code> is <code>done</code> or <code>failed</code>:
      </p>
      <pre>
        <code>{POLL}</code>
      </pre>
    </section>
  );
}
