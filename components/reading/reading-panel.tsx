'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { useRealtime } from '@/components/realtime/use-realtime';
import type { RealtimeEnvelope } from '@/lib/realtime/protocol';
import styles from './reading-panel.module.css';

interface Section {
  sectionId: string;
  position: number;
  title: string;
  paragraphs: string[];
}

interface ReadingAnswer {
  status: 'none' | 'pending' | 'generating' | 'done' | 'failed';
  sectionsTotal: number;
  sections: Section[];
  room: string;
  realtime: { token: string; url: string };
}

function isSection(value: unknown): value is Section & { total: number } {
  const v = value as Partial<Section> | null;
  return typeof v?.sectionId === 'string' && Array.isArray(v.paragraphs);
}

interface Preview {
  sectionId: string;
  position: number;
  title: string;
  text: string;
}

function isPreview(value: unknown): value is Preview {
  const v = value as Partial<Preview> | null;
  return typeof v?.sectionId === 'string' && typeof v.text === 'string';
}

function merge(current: Section[], incoming: Section): Section[] {
  if (current.some((s) => s.sectionId === incoming.sectionId)) return current;
  return [...current, incoming].sort((a, b) => a.position - b.position);
}

/**
 * The written reading: shows at once what is stored, asks for generation if needed, and
 * adds sections as the job publishes them. A reload mid-way picks up where it was.
 */
export function ReadingPanel({ chartHash, locale }: { chartHash: string; locale: string }) {
  const t = useTranslations('reading');
  const [answer, setAnswer] = useState<ReadingAnswer | null>(null);
  const [sections, setSections] = useState<Section[]>([]);
  const [total, setTotal] = useState(0);
  const [status, setStatus] = useState<ReadingAnswer['status']>('none');
  const [failed, setFailed] = useState(false);
  // Text an LLM is still writing, by section; replaced by the stored section when it lands.
  const [previews, setPreviews] = useState<Record<string, Preview>>({});

  const request = useCallback(async () => {
    const res = await fetch('/api/readings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chartHash, locale }),
    });
    if (!res.ok) throw new Error(`reading: HTTP ${res.status}`);
    return (await res.json()) as ReadingAnswer;
  }, [chartHash, locale]);

  useEffect(() => {
    let cancelled = false;
    request()
      .then((a) => {
        if (cancelled) return;
        setAnswer(a);
        setStatus(a.status);
        setTotal(a.sectionsTotal);
        setSections((current) => a.sections.reduce(merge, current));
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [request]);

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

  const token = useCallback(async () => (await request()).realtime.token, [request]);
  const live = useRealtime({
    url: answer?.realtime.url ?? '',
    token,
    rooms: answer ? [answer.room] : [],
    onEvent,
    enabled: answer !== null && answer.status !== 'done',
  });

  // Sections published before the socket joined the room are caught up from storage.
  const connected = live.state === 'connected';
  useEffect(() => {
    if (connected) catchUp();
  }, [connected, catchUp]);

  const finished = total > 0 && sections.length >= total;
  const progress = total > 0 ? Math.round((sections.length / total) * 100) : 0;

  return (
    <section aria-labelledby="reading-title" className={styles.reading} data-testid="reading">
      <h2 id="reading-title">{t('title')}</h2>
      {!finished && !failed && status !== 'failed' && (
        <div className={styles.progress}>
          <progress max={100} value={progress} aria-label={t('progressLabel')} />
          <span role="status">{t('writing', { done: sections.length, total: total || '…' })}</span>
        </div>
      )}
      {(failed || status === 'failed') && <p role="alert">{t('failed')}</p>}
      {Object.values(previews)
        .filter((p) => !sections.some((s) => s.sectionId === p.sectionId))
        .map((p) => (
          <article key={`preview-${p.sectionId}`} className={styles.section} aria-busy="true">
            <h3>{p.title}</h3>
            <p>{p.text}</p>
          </article>
        ))}
      {sections.map((section) => (
        <article key={section.sectionId} className={styles.section} data-testid="reading-section">
          <h3>{section.title}</h3>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      ))}
    </section>
  );
}
