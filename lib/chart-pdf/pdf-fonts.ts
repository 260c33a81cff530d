import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * The fonts a chart PDF is set in, by the names it registers them under. DejaVu has every
 * glyph the wheel and tables use (zodiac, planets, ℞, °, ′) and the accents of our five
 * languages; PDFKit's built-in Helvetica has none of the symbols and only WinAnsi letters.
 */
export const PDF_FONTS = {
  sans: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  serif: 'DejaVuSerif',
} as const;

type FontName = (typeof PDF_FONTS)[keyof typeof PDF_FONTS];

let parsed: ReadonlyMap<FontName, Font> | undefined;

function parseFonts(): ReadonlyMap<FontName, Font> {
  const require = createRequire(import.meta.url);
  return new Map(
    Object.values(PDF_FONTS).map((name) => {
      // Read from the package at run time: the bundler must leave the font files where they are.
      const file = require.resolve(/* turbopackIgnore: true */ `dejavu-fonts-ttf/ttf/${name}.ttf`);
      return [name, create(readFileSync(file)) as Font];
    }),
  );
}

/**
 * Registers the fonts on a document. They are parsed once per process and shared: PDFKit
 * re-opens the current font from its source on every new page and table cell, which from a
 * file's bytes means parsing it again (most of a PDF's time, measured), from a parsed font
 * almost nothing. Each document still embeds its own subset.
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  parsed ??= parseFonts();
  // PDFKit 0.20 takes a parsed fontkit font as a source; @types/pdfkit predates it.
  for (const [name, font] of parsed) doc.registerFont(name, font as unknown as Uint8Array);
}
