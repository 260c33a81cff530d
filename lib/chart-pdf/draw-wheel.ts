import SVGtoPDF from 'svg-to-pdfkit';
import type { WheelLabels } from '@/lib/chart-wheel/labels';
import { renderChartWheel } from '@/lib/chart-wheel/render-chart-wheel';
import { toSvgString } from '@/lib/chart-wheel/svg-string';
import { LIGHT_PALETTE } from '@/lib/chart-wheel/theme';
import type { WheelChart } from '@/lib/chart-wheel/wheel-bodies';
import { PDF_FONTS } from './pdf-fonts';

export interface WheelBox {
  x: number;
  y: number;
  /** Width and height, in points. */
  size: number;
}

/**
 * Draws the chart wheel as vector paths and text: the page's own layout, serialized to SVG in
 * the light palette with its colours written in (svg-to-pdfkit knows no CSS variables).
 */
export function drawWheel(
  doc: PDFKit.PDFDocument,
  chart: WheelChart,
  labels: WheelLabels,
  box: WheelBox,
): void {
  const svg = toSvgString(renderChartWheel(chart, { labels, fixedPalette: LIGHT_PALETTE }));
  SVGtoPDF(doc, svg, box.x, box.y, {
    width: box.size,
    height: box.size,
    // The stylesheet asks for symbol fonts by family; DejaVu Sans has every glyph they would.
    fontCallback: (_family, bold) => (bold ? PDF_FONTS.bold : PDF_FONTS.sans),
  });
}
