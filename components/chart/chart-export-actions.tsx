'use client';

import styles from './chart-overview.module.css';

export interface ChartExportActionsProps {
  pdfHref: string;
  /** Localized by the server page, so the `chart` messages stay off the browser. */
  labels: { downloadPdf: string; print: string };
}

/**
 * "Download PDF" (the chart with its reading, made on the server) and "Print" (the page's
 * print stylesheet). Neither is printed itself.
 */
export function ChartExportActions({ pdfHref, labels }: ChartExportActionsProps) {
  return (
    <div className={`no-print ${styles.actions}`} data-testid="chart-export">
      <a className="button" href={pdfHref} download>
        {labels.downloadPdf}
      </a>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {labels.print}
      </button>
    </div>
  );
}
