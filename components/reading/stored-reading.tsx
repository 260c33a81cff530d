import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { db } from '@/db/client';
import { auth } from '@/lib/auth/auth';
import { requestOrigin } from '@/lib/http/request-origin';
import { logger } from '@/lib/logging/logger';
import { realtimePublicUrl } from '@/lib/realtime/public-url';
import type { ReadingRoom } from '@/lib/realtime/rooms';
import { createRealtimeToken } from '@/lib/realtime/token';
import { awaitFirstSection } from '@/lib/readings/await-first-section';
import { requestReading } from '@/lib/readings/request-reading';
import type { ReadingState } from '@/lib/readings/store/reading-state';
import { ReadingPanel } from './reading-panel';
import { ReadingView, type ReadingText } from './reading-view';

/**
 * How long the streamed part of the page waits for a first section before the browser is
 * left to receive it over the socket. Built-in text is stored within milliseconds; an LLM's
 * first section takes seconds, and its previews only reach a page that has joined the room.
 */
const FIRST_SECTION_WAIT_MS = 750;

type Key = { chartHash: string; locale: string };

/** The reading's texts in the page's locale, for the server's view and the client panel. */
async function readingText(locale: string): Promise<ReadingText> {
  const t = await getTranslations({ locale, namespace: 'reading' });
  return {
    title: t('title'),
    progressLabel: t('progressLabel'),
    writing: t.raw('writing') as string,
    failed: t('failed'),
  };
}

/**
 * The reading as the server has it. Asks for it (the first request starts generation). When
 * sections are stored, they are part of the page's first HTML; otherwise the page is sent
 * without them and the panel streams in (`<Suspense>`) once a first section is stored or the
 * wait runs out. Streamed content costs a reveal delay (React shows streamed boundaries at
 * least 300 ms after the first paint), so it is kept for the case with nothing to show yet.
 */
export async function StoredReading(key: Key) {
  const text = await readingText(key.locale);
  const session = await auth();
  const userId = session?.user?.id ?? null;
  const requested = await requestReading(db(), { ...key, requestedBy: userId }).catch(
    (error: unknown) => {
      logger.error({ err: error, ...key }, 'reading request from the chart page failed');
      return null;
    },
  );
  if (!requested) return <ReadingView text={text} sections={[]} total={0} failed />;
  const live = { ...key, text, userId, room: requested.room };
  if (requested.sections.length > 0 || requested.status === 'done') {
    return <LiveReading {...live} state={requested} />;
  }
  return (
    <Suspense fallback={<ReadingView text={text} sections={[]} total={0} failed={false} />}>
      <FirstSection {...live} state={requested} />
    </Suspense>
  );
}

interface LiveProps extends Key {
  text: ReadingText;
  userId: string | null;
  room: ReadingRoom;
  state: ReadingState;
}

async function FirstSection({ state, ...live }: LiveProps) {
  const current = await awaitFirstSection(db(), live, {
    current: state,
    timeoutMs: FIRST_SECTION_WAIT_MS,
  });
  return <LiveReading {...live} state={current} />;
}

/** The client panel, with a token for the reading's room so it can join at once. */
async function LiveReading({ chartHash, locale, text, userId, room, state }: LiveProps) {
  const { token } = await createRealtimeToken({
    subject: userId ?? `anon-${randomUUID()}`,
    rooms: [room],
  });
  return (
    <ReadingPanel
      chartHash={chartHash}
      locale={locale}
      text={text}
      initial={{
        ...state,
        room,
        realtime: { token, url: realtimePublicUrl(await requestOrigin()) },
      }}
    />
  );
}
