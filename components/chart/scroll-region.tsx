import type { ReactNode } from 'react';
import styles from './chart.module.css';

/**
 * A table wider than a phone scrolls sideways in this box instead of widening the page. The box
 * is a named region in the tab order, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
