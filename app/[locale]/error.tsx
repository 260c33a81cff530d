'use client';

import { useErrorText } from '@/components/layout/error-text';

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const text = useErrorText();
  return (
    <section style={{ margin: '3rem 0' }} role="alert">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <button type="button" className="button" onClick={reset}>
        {text.retry}
      </button>
    </section>
  );
}
