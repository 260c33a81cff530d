import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

let files: Readonly<Record<FontName, Buffer>> | undefined;

function readFonts(): Readonly<Record<FontName, Buffer>> {
  const require = createRequire(import.meta.url);
  // Read from the package at run time: the bundler must leave the font files where they are.
  const read = (name: FontName) =>
    readFileSync(require.resolve(/* turbopackIgnore: true */ `dejavu-fonts-ttf/ttf/${name}.ttf`));
  return {
    [PDF_FONTS.sans]: read(PDF_FONTS.sans),
    [PDF_FONTS.bold]: read(PDF_FONTS.bold),
    [PDF_FONTS.serif]: read(PDF_FONTS.serif),
  } as Record<FontName, Buffer>;
}

/** Registers the fonts on a document; the files are read once per process. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  files ??= readFonts();
  for (const [name, data] of Object.entries(files)) doc.registerFont(name, data);
}
