import type { TextTable } from './chart-rows';
import { PDF_FONTS } from './pdf-fonts';

const BODY_SIZE = 10;
const READING_SIZE = 11;
const HEADING_SIZE = 13;
const GRID = '#b9b4c8';

/** Starts a new page unless `height` points still fit above the bottom margin. */
function keep(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function lineHeight(doc: PDFKit.PDFDocument, font: string, size: number): number {
  return doc.font(font).fontSize(size).currentLineHeight(true);
}

/**
 * A bold heading kept on the page with the first `withLines` lines of what follows, so no
 * heading is left alone at the foot of a page.
 */
export function heading(doc: PDFKit.PDFDocument, text: string, withLines: number): void {
  const needed =
    lineHeight(doc, PDF_FONTS.bold, HEADING_SIZE) * 2 +
    lineHeight(doc, PDF_FONTS.sans, BODY_SIZE) * withLines;
  doc.moveDown(0.6);
  keep(doc, needed);
  doc.font(PDF_FONTS.bold).fontSize(HEADING_SIZE).fillColor('black').text(text);
  doc.moveDown(0.3);
}

/** A captioned table; rows are never split (PDFKit moves a row that does not fit). */
export function table(doc: PDFKit.PDFDocument, data: TextTable): void {
  heading(doc, data.caption, 3 * 1.6);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font(PDF_FONTS.sans).fontSize(BODY_SIZE);
  doc.table({
    maxWidth: width,
    defaultStyle: {
      border: { top: 0, right: 0, bottom: 0.5, left: 0 },
      borderColor: GRID,
      padding: [3, 4],
    },
    data: [
      data.header.map((text) => ({ text, font: { src: PDF_FONTS.bold }, type: 'TH' as const })),
      ...data.rows,
    ],
  });
  doc.x = doc.page.margins.left;
}

/** One line per item; a long list (the aspects) runs in two columns. */
export function lines(doc: PDFKit.PDFDocument, items: readonly string[]): void {
  doc
    .font(PDF_FONTS.sans)
    .fontSize(BODY_SIZE - 1)
    .fillColor('black');
  doc.text(items.join('\n'), { columns: items.length > 8 ? 2 : 1, columnGap: 18, paragraphGap: 1 });
  doc.x = doc.page.margins.left;
}

/** Reading text in the serif face; a paragraph starts on the next page rather than with one line. */
export function paragraphs(doc: PDFKit.PDFDocument, texts: readonly string[]): void {
  const line = lineHeight(doc, PDF_FONTS.serif, READING_SIZE);
  for (const text of texts) {
    keep(doc, line * 2);
    doc.font(PDF_FONTS.serif).fontSize(READING_SIZE).fillColor('black');
    doc.text(text, { align: 'left', lineGap: 2, paragraphGap: 6 });
  }
}
