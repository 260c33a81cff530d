/** Colour scheme of a wheel: fixed, or following the reader's `prefers-color-scheme`. */
export type WheelTheme = 'light' | 'dark' | 'auto';

/** The theme variables; everything the wheel paints is one of these. */
export interface WheelPalette {
  bg: string;
  ink: string;
  muted: string;
  faint: string;
  fire: string;
  earth: string;
  air: string;
  water: string;
  blue: string;
  green: string;
  red: string;
  grey: string;
  /** Bodies of a bi-wheel's outer ring. */
  outer: string;
}

// Every colour but `faint` and `grey` (lines only) is also text in the chart tables, so each
// holds WCAG AA contrast (4.5:1) on `bg`; theme.test.ts checks it.
export const LIGHT_PALETTE: WheelPalette = {
  bg: '#ffffff',
  ink: '#1d1b26',
  muted: '#5c5870',
  faint: '#b9b4c8',
  fire: '#c8341f',
  earth: '#3c7d2c',
  air: '#8f5f00',
  water: '#1f5fb8',
  blue: '#2359d1',
  green: '#137a41',
  red: '#d22b3c',
  grey: '#8d899f',
  outer: '#6a3fc9',
};

export const DARK_PALETTE: WheelPalette = {
  bg: '#1a1724',
  ink: '#ece9f5',
  muted: '#aaa5be',
  faint: '#4b4660',
  fire: '#ff8466',
  earth: '#8bd477',
  air: '#f2c14e',
  water: '#74aaff',
  blue: '#74aaff',
  green: '#5fd38d',
  red: '#ff6b78',
  grey: '#8a85a1',
  outer: '#b9a2ff',
};

/** Glyph fonts first: they carry the astrological symbols; DejaVu Sans has all of them. */
export const WHEEL_FONT_STACK =
  "'Segoe UI Symbol','Noto Sans Symbols','Noto Sans Symbols 2','Apple Symbols','DejaVu Sans',system-ui,sans-serif";

function variables(p: WheelPalette): string {
  return (Object.entries(p) as [keyof WheelPalette, string][])
    .map(([name, value]) => `--cw-${name}:${value};`)
    .join('');
}

/** How a rule names a colour: a CSS variable on a page, the colour itself in a file. */
type Paint = (name: keyof WheelPalette) => string;

/** The rules that paint by class, each colour named through `paint`. */
function paintRules(paint: Paint): string[] {
  return [
    `.cw-bg{fill:${paint('bg')};}`,
    `.cw-ring{fill:none;stroke:${paint('ink')};stroke-width:1;}`,
    `.cw-ring-thin{fill:none;stroke:${paint('muted')};stroke-width:0.6;}`,
    '.cw-band{stroke:none;fill-opacity:0.13;}',
    `.cw-el-fire{fill:${paint('fire')};}`,
    `.cw-el-earth{fill:${paint('earth')};}`,
    `.cw-el-air{fill:${paint('air')};}`,
    `.cw-el-water{fill:${paint('water')};}`,
    `.cw-sign-edge{stroke:${paint('muted')};stroke-width:0.7;}`,
    `.cw-tick{stroke:${paint('muted')};stroke-width:0.5;}`,
    '.cw-tick-5{stroke-width:0.7;}',
    `.cw-tick-10{stroke:${paint('ink')};stroke-width:0.8;}`,
    `.cw-cusp{stroke:${paint('faint')};stroke-width:0.7;}`,
    `.cw-axis{stroke:${paint('ink')};stroke-width:1.6;}`,
    `.cw-arrow{fill:${paint('ink')};}`,
    `.cw-house-num{fill:${paint('muted')};font-weight:600;}`,
    '.cw-asp{fill:none;stroke-linecap:round;}',
    `.cw-tone-blue{stroke:${paint('blue')};}`,
    `.cw-tone-green{stroke:${paint('green')};}`,
    `.cw-tone-red{stroke:${paint('red')};}`,
    `.cw-tone-grey{stroke:${paint('grey')};}`,
    '.cw-dashed{stroke-dasharray:3 2.5;}',
    `.cw-marker{stroke:${paint('ink')};stroke-width:1;}`,
    `.cw-leader{stroke:${paint('muted')};stroke-width:0.6;}`,
    `.cw-glyph{fill:${paint('ink')};}`,
    `.cw-deg{fill:${paint('ink')};font-weight:600;}`,
    `.cw-min{fill:${paint('muted')};}`,
    `.cw-retro{fill:${paint('red')};}`,
    `.cw-axis-mark{fill:${paint('ink')};font-weight:700;}`,
    `.cw-outer .cw-glyph,.cw-outer .cw-deg{fill:${paint('outer')};}`,
    `.cw-outer .cw-marker{stroke:${paint('outer')};}`,
    `.cw-note{fill:${paint('muted')};}`,
  ];
}

/**
 * The wheel's stylesheet: palette variables on the root (light, dark, or chosen by
 * `prefers-color-scheme` on screens for `data-theme="auto"`; print is light) and rules that paint by class. A page can
 * restyle a wheel by setting the `--cw-*` variables on `.cw`.
 *
 * @example
 * wheelStylesheet(); // '.cw{--cw-bg:#ffffff;…}…'
 */
export function wheelStylesheet(): string {
  return [
    `.cw{${variables(LIGHT_PALETTE)}font-family:${WHEEL_FONT_STACK};}`,
    `.cw[data-theme=dark]{${variables(DARK_PALETTE)}}`,
    // Screens only: a printed wheel stays light on white paper.
    `@media screen and (prefers-color-scheme:dark){.cw[data-theme=auto]{${variables(DARK_PALETTE)}}}`,
    ...paintRules((name) => `var(--cw-${name})`),
    // The halo keeps labels legible where lines pass behind them.
    '.cw-text{paint-order:stroke;stroke:var(--cw-bg);stroke-width:2.6px;stroke-linejoin:round;}',
  ].join('');
}

/**
 * The same rules with one palette's colours written in, for renderers that know neither CSS
 * variables, media queries nor `paint-order` (svg-to-pdfkit): no theme switch, and labels
 * without their halo, which such a renderer would paint over the text.
 *
 * @example
 * fixedWheelStylesheet(LIGHT_PALETTE); // '.cw{font-family:…}.cw-bg{fill:#ffffff;}…'
 */
export function fixedWheelStylesheet(palette: WheelPalette): string {
  return [`.cw{font-family:${WHEEL_FONT_STACK};}`, ...paintRules((name) => palette[name])].join('');
}
