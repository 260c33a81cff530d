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

export const LIGHT_PALETTE: WheelPalette = {
  bg: '#ffffff',
  ink: '#1d1b26',
  muted: '#5c5870',
  faint: '#b9b4c8',
  fire: '#c8341f',
  earth: '#3c7d2c',
  air: '#a86f00',
  water: '#1f5fb8',
  blue: '#2359d1',
  green: '#17894a',
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

/**
 * The wheel's stylesheet: palette variables on the root (light, dark, or chosen by
 * `prefers-color-scheme` for `data-theme="auto"`) and rules that paint by class. A page can
 * restyle a wheel by setting the `--cw-*` variables on `.cw`.
 *
 * @example
 * wheelStylesheet(); // '.cw{--cw-bg:#ffffff;…}…'
 */
export function wheelStylesheet(): string {
  return [
    `.cw{${variables(LIGHT_PALETTE)}font-family:${WHEEL_FONT_STACK};}`,
    `.cw[data-theme=dark]{${variables(DARK_PALETTE)}}`,
    `@media (prefers-color-scheme:dark){.cw[data-theme=auto]{${variables(DARK_PALETTE)}}}`,
    '.cw-bg{fill:var(--cw-bg);}',
    '.cw-ring{fill:none;stroke:var(--cw-ink);stroke-width:1;}',
    '.cw-ring-thin{fill:none;stroke:var(--cw-muted);stroke-width:0.6;}',
    '.cw-band{stroke:none;fill-opacity:0.13;}',
    '.cw-el-fire{fill:var(--cw-fire);}',
    '.cw-el-earth{fill:var(--cw-earth);}',
    '.cw-el-air{fill:var(--cw-air);}',
    '.cw-el-water{fill:var(--cw-water);}',
    '.cw-sign-edge{stroke:var(--cw-muted);stroke-width:0.7;}',
    '.cw-tick{stroke:var(--cw-muted);stroke-width:0.5;}',
    '.cw-tick-5{stroke-width:0.7;}',
    '.cw-tick-10{stroke:var(--cw-ink);stroke-width:0.8;}',
    '.cw-cusp{stroke:var(--cw-faint);stroke-width:0.7;}',
    '.cw-axis{stroke:var(--cw-ink);stroke-width:1.6;}',
    '.cw-arrow{fill:var(--cw-ink);}',
    '.cw-house-num{fill:var(--cw-muted);font-weight:600;}',
    '.cw-asp{fill:none;stroke-linecap:round;}',
    '.cw-tone-blue{stroke:var(--cw-blue);}',
    '.cw-tone-green{stroke:var(--cw-green);}',
    '.cw-tone-red{stroke:var(--cw-red);}',
    '.cw-tone-grey{stroke:var(--cw-grey);}',
    '.cw-dashed{stroke-dasharray:3 2.5;}',
    '.cw-marker{stroke:var(--cw-ink);stroke-width:1;}',
    '.cw-leader{stroke:var(--cw-muted);stroke-width:0.6;}',
    '.cw-text{paint-order:stroke;stroke:var(--cw-bg);stroke-width:2.6px;stroke-linejoin:round;}',
    '.cw-glyph{fill:var(--cw-ink);}',
    '.cw-deg{fill:var(--cw-ink);font-weight:600;}',
    '.cw-min{fill:var(--cw-muted);}',
    '.cw-retro{fill:var(--cw-red);}',
    '.cw-axis-mark{fill:var(--cw-ink);font-weight:700;}',
    '.cw-outer .cw-glyph,.cw-outer .cw-deg{fill:var(--cw-outer);}',
    '.cw-outer .cw-marker{stroke:var(--cw-outer);}',
    '.cw-note{fill:var(--cw-muted);}',
  ].join('');
}
