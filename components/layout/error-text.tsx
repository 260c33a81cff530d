'use client';

import { createContext, use, type ReactNode } from 'react';

/** The error page's texts, translated by the layout. */
export interface ErrorText {
  title: string;
  body: string;
  retry: string;
}

const ErrorTextContext = createContext<ErrorText | null>(null);

/**
 * Hands the error boundary (`app/[locale]/error.tsx`, a client component without server
 * props) its texts, so that it needs no translation runtime in the browser.
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  const text = use(ErrorTextContext);
  if (!text) throw new Error('useErrorText needs an ErrorTextProvider above it');
  return text;
}
