import type { ReactNode } from 'react';
import type { StoredBirthData } from '@/db/schema';
import { TechniqueNav, type TechniquePage } from './technique-nav';
import styles from './techniques.module.css';

export interface TechniqueShellProps {
  hash: string;
  current: TechniquePage;
  title: string;
  /** "Born …" line of the natal chart. */
  summary: string;
  /** Shown when the birth time is unknown: what this technique cannot give. */
  timeUnknownNote: string | null;
  children: ReactNode;
}

/** Heading, tabs and the unknown-time note shared by the technique pages. */
export function TechniqueShell({
  hash,
  current,
  title,
  summary,
  timeUnknownNote,
  children,
}: TechniqueShellProps) {
  return (
    <div className={styles.page} data-testid={`technique-${current}`}>
      <header>
        <h1>{title}</h1>
        <p data-testid="birth-summary">{summary}</p>
        {timeUnknownNote ? (
          <p role="note" data-testid="time-unknown-note">
            {timeUnknownNote}
          </p>
        ) : null}
      </header>
      <TechniqueNav hash={hash} current={current} />
      {children}
    </div>
  );
}

/** The natal chart's "born …" line, in the chart namespace's words. */
export function bornSummary(
  t: (key: 'bornAt', values: { date: string; time: string; place: string }) => string,
  birth: StoredBirthData,
): string {
  return t('bornAt', { date: birth.date, time: birth.time ?? '12:00', place: birth.placeLabel });
}
