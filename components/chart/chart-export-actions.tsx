'use client';

import { useTranslations } from 'next-intl';
import styles from './chart-overview.module.css';

/**
 * "Download PDF" (the chart with its reading, made on the server) and "Print" (the page's
 * print stylesheet). Neither is printed itself.
 */
export function ChartExportActions({ pdfHref }: { pdfHref: string }) {
  const t = useTranslations('chart');
  return (
    <div className={`no-print ${styles.actions}`} data-testid="chart-export">
      <a className="button" href={pdfHref} download>
        {t('downloadPdf')}
      </a>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {t('print')}
      </button>
    </div>
  );
}
