'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useRealtime } from '@/components/realtime/use-realtime';
import type { RealtimeEnvelope } from '@/lib/realtime/protocol';
import type { ReadingState, StoredSection } from '@/lib/readings/store/reading-state';
import { ReadingView, type ReadingText, type SectionPreview } from './reading-view';

/** What the server read from storage for the page, and where the rest will arrive. */
export interface InitialReading extends ReadingState {
  room: string;
  realtime: { url: string; token: string };
}

function isSection(value: unknown): value is StoredSection & { total: number } {
  const v = value as Partial<StoredSection> | null;
  return typeof v?.sectionId === 'string' && Array.isArray(v.paragraphs);
}

function isPreview(value: unknown): value is SectionPreview {
  const v = value as Partial<SectionPreview> | null;
  return typeof v?.sectionId === 'string' && typeof v.text === 'string';
}

function merge(current: StoredSection[], incoming: StoredSection): StoredSection[] {
  if (current.some((s) => s.sectionId === incoming.sectionId)) return current;
  return [...current, incoming].sort((a, b) => a.position - b.position);
}

/**
 * The written reading, live: starts from what the server rendered (the stored sections) and,
 * while the reading is unfinished, follows its room for the rest. A reload mid-way renders
 * what is stored by then and keeps listening; a finished reading opens no socket.
 */
export function ReadingPanel({
  chartHash,
  locale,
  initial,
  text,
}: {
  chartHash: string;
  locale: string;
  initial: InitialReading;
  text: ReadingText;
}) {
  const [sections, setSections] = useState(initial.sections);
  const [total, setTotal] = useState(initial.sectionsTotal);
  const [status, setStatus] = useState(initial.status);
  const [previews, setPreviews] = useState<Record<string, SectionPreview>>({});
  // The server's token serves the first connection; later ones ask for a fresh one.
  const serverToken = useRef<string | null>(initial.realtime.token);

  const request = useCallback(async () => {
    const res = await fetch('/api/readings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chartHash, locale }),
    });
    if (!res.ok) throw new Error(`reading: HTTP ${res.status}`);
    return (await res.json()) as InitialReading;
  }, [chartHash, locale]);

  const catchUp = useCallback(() => {
    request()
      .then((a) => {
        setTotal(a.sectionsTotal);
        setSections((current) => a.sections.reduce(merge, current));
        if (a.status === 'done' || a.status === 'failed') setStatus(a.status);
      })
      .catch(() => undefined);
  }, [request]);

  const onEvent = useCallback(
    ({ event, payload }: RealtimeEnvelope) => {
      if (event === 'section' && isSection(payload)) {
        setTotal(payload.total);
        setSections((current) => merge(current, payload));
      } else if (event === 'section.delta' && isPreview(payload)) {
        setPreviews((current) => ({ ...current, [payload.sectionId]: payload }));
      } else if (event === 'done' || event === 'failed') {
        // Sections sent before this page joined the room are in storage: fetch them too.
        catchUp();
      }
    },
    [catchUp],
  );

  const token = useCallback(async () => {
    const held = serverToken.current;
    serverToken.current = null;
    return held ?? (await request()).realtime.token;
  }, [request]);

  const finished = total > 0 && sections.length >= total;
  const live = useRealtime({
    url: initial.realtime.url,
    token,
    rooms: [initial.room],
    onEvent,
    enabled: !finished && status !== 'done' && status !== 'failed',
  });

  // Sections stored between the server's read and joining the room are caught up from storage.
  const connected = live.state === 'connected';
  useEffect(() => {
    if (connected) catchUp();
  }, [connected, catchUp]);

  return (
    <ReadingView
      text={text}
      sections={sections}
      total={total}
      failed={status === 'failed'}
      previews={Object.values(previews)}
    />
  );
}
