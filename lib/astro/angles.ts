import { SIGNS, type Sign } from './types';

/** Angle helpers shared by the astronomy engine. All angles are degrees. */

export const DEG = Math.PI / 180;
export const RAD = 180 / Math.PI;

/**
 * Normalizes an angle to [0, 360).
 *
 * @example
 * normalizeDeg(-30); // 330
 * normalizeDeg(725); // 5
 */
export function normalizeDeg(angle: number): number {
  // Most angles are already in range: skip the division on the hot path.
  if (angle >= 0 && angle < 360) return angle;
  const r = angle % 360;
  // `r + 360` can round up to exactly 360 for tiny negative r, which is outside the range.
  const n = r < 0 ? r + 360 : r;
  return n >= 360 ? 0 : n;
}

/**
 * Signed shortest difference `to − from`, in (−180, 180].
 *
 * @example
 * signedDiffDeg(359, 1); // 2
 * signedDiffDeg(1, 359); // -2
 */
export function signedDiffDeg(from: number, to: number): number {
  const d = normalizeDeg(to - from);
  return d > 180 ? d - 360 : d;
}

/**
 * Unsigned shortest separation of two longitudes, in [0, 180].
 *
 * @example
 * separationDeg(350, 10); // 20
 */
export function separationDeg(a: number, b: number): number {
  return Math.abs(signedDiffDeg(a, b));
}

/**
 * Index (0 = Aries … 11 = Pisces) of the sign that holds an ecliptic longitude.
 *
 * @example
 * signIndex(95); // 3 (Cancer)
 */
export function signIndex(lon: number): number {
  return Math.min(11, Math.floor(normalizeDeg(lon) / 30));
}

/**
 * Sign that holds an ecliptic longitude.
 *
 * @example
 * signOf(95); // 'cancer'
 */
export function signOf(lon: number): Sign {
  return SIGNS[signIndex(lon)] ?? 'aries';
}

/** Longitude split into its sign and the degrees, minutes and seconds within it. */
export interface SignPosition {
  sign: Sign;
  signIndex: number;
  degrees: number;
  minutes: number;
  seconds: number;
}

/**
 * Splits a longitude into sign, degrees, minutes and whole seconds (rounded to the nearest second,
 * carrying into the next sign when it rounds up to 30°).
 *
 * @example
 * toSignPosition(93.5); // { sign: 'cancer', signIndex: 3, degrees: 3, minutes: 30, seconds: 0 }
 */
export function toSignPosition(lon: number): SignPosition {
  const totalSeconds = Math.round(normalizeDeg(lon) * 3600) % (360 * 3600);
  const index = Math.floor(totalSeconds / (30 * 3600));
  const within = totalSeconds - index * 30 * 3600;
  return {
    sign: SIGNS[index] ?? 'aries',
    signIndex: index,
    degrees: Math.floor(within / 3600),
    minutes: Math.floor((within % 3600) / 60),
    seconds: within % 60,
  };
}

const SIGN_ABBREVIATIONS = [
  'Ari',
  'Tau',
  'Gem',
  'Can',
  'Leo',
  'Vir',
  'Lib',
  'Sco',
  'Sag',
  'Cap',
  'Aqu',
  'Pis',
] as const;

/**
 * Formats a longitude as degrees within the sign, sign abbreviation, minutes and seconds.
 *
 * @example
 * formatSignPosition(93.5); // "3°Can30′00″"
 */
export function formatSignPosition(lon: number): string {
  const p = toSignPosition(lon);
  const mm = String(p.minutes).padStart(2, '0');
  const ss = String(p.seconds).padStart(2, '0');
  return `${p.degrees}°${SIGN_ABBREVIATIONS[p.signIndex] ?? 'Ari'}${mm}′${ss}″`;
}

/**
 * Formats an angle as degrees, minutes and seconds, with a sign when negative.
 *
 * @example
 * formatDms(-1.5); // "-1°30′00″"
 */
export function formatDms(angle: number): string {
  const total = Math.round(Math.abs(angle) * 3600);
  const d = Math.floor(total / 3600);
  const m = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const s = String(total % 60).padStart(2, '0');
  return `${angle < 0 && total > 0 ? '-' : ''}${d}°${m}′${s}″`;
}
