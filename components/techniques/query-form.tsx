import type { ReactNode } from 'react';
import styles from './techniques.module.css';

/**
 * A GET form for a technique's parameters: the page reads them from the URL, so results are
 * shareable and work without JavaScript.
 */
export function QueryForm({
  label,
  submit,
  children,
}: {
  label: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form method="get" className={styles.form} aria-label={label}>
      {children}
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}
