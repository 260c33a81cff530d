import PDFDocument from 'pdfkit';
import type { ChartTableLabels } from '@/components/chart/table-labels';
import type { Chart } from '@/lib/astro/chart/types';
import type { WheelLabels } from '@/lib/chart-wheel/labels';
import {
  aspectSentences,
  balanceTables,
  housesTable,
  patternLines,
  positionsTable,
} from './chart-rows';
import { drawWheel } from './draw-wheel';
import { heading, lines, paragraphs, table } from './pdf-blocks';
import { PDF_FONTS, registerPdfFonts } from './pdf-fonts';

/** A section of the reading as stored or composed. */
export interface PdfReadingSection {
  title: string;
  paragraphs: readonly string[];
}

export interface ChartPdfInput {
  chart: Chart;
  /** BCP 47 language of the document (its text is already in it). */
  locale: string;
  labels: { wheel: WheelLabels; tables: ChartTableLabels };
  /** "Natal chart". */
  title: string;
  /** Birth data, UT and the time-zone rule, house system and zodiac, notes: one line each. */
  details: readonly string[];
  /** Headings of the parts the table labels do not name. */
  headings: { aspects: string; patterns: string; reading: string };
  reading: readonly PdfReadingSection[];
}

const MARGIN = 50;

/**
 * The chart as a PDF: title and birth data, the wheel (vector, from the page's own layout),
 * the positions, houses, aspects, element and modality balance and patterns, then the full
 * reading, each page numbered "n / N" at its foot. Text is set in DejaVu, so accents and
 * astrological glyphs survive.
 *
 * @example
 * const pdf = await buildChartPdf({ chart, locale: 'de', labels, title, details, headings, reading });
 * pdf.subarray(0, 4).toString(); // '%PDF'
 */
export function buildChartPdf(input: ChartPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    // Pages stay open until the end, when their count is known for the page numbers.
    bufferPages: true,
    lang: input.locale,
    displayTitle: true,
    info: { Title: `${input.title} · ${input.details[0] ?? ''}`, Creator: 'Orrery' },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerPdfFonts(doc);
  writeChart(doc, input);
  writeReading(doc, input);
  numberPages(doc);
  doc.end();
  return done;
}

function writeChart(doc: PDFKit.PDFDocument, input: ChartPdfInput): void {
  const { chart, labels } = input;
  doc.font(PDF_FONTS.bold).fontSize(20).text(input.title);
  doc.moveDown(0.3);
  doc.font(PDF_FONTS.sans).fontSize(10).fillColor('#333333');
  for (const line of input.details) doc.text(line);
  doc.fillColor('black').moveDown(0.5);
  // The wheel takes the page's text width, below the title.
  const size = doc.page.width - 2 * MARGIN;
  drawWheel(doc, chart, labels.wheel, { x: MARGIN, y: doc.y, size });

  doc.addPage();
  table(doc, positionsTable(chart, labels.tables));
  const houses = housesTable(chart, labels.tables);
  if (houses) table(doc, houses);
  else paragraphs(doc, [labels.tables.houses.timeUnknown]);
  heading(doc, input.headings.aspects, 3);
  lines(doc, aspectSentences(chart, labels.tables));
  for (const balance of balanceTables(chart.summary, labels.tables)) table(doc, balance);
  heading(doc, input.headings.patterns, 2);
  lines(doc, patternLines(chart, labels.tables));
}

function writeReading(doc: PDFKit.PDFDocument, input: ChartPdfInput): void {
  if (input.reading.length === 0) return;
  doc.addPage();
  doc.font(PDF_FONTS.bold).fontSize(18).text(input.headings.reading);
  doc.moveDown(0.5);
  for (const section of input.reading) {
    heading(doc, section.title, 4);
    paragraphs(doc, section.paragraphs);
  }
}

function numberPages(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const { bottom } = doc.page.margins;
    // Text below the bottom margin would otherwise open a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(PDF_FONTS.sans)
      .fontSize(8)
      .fillColor('#555555')
      .text(`${page - start + 1} / ${count}`, MARGIN, doc.page.height - MARGIN / 2 - 4, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
