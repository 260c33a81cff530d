import { signedDiffDeg } from '../angles';
import { AstroError } from '../errors';
import { hermiteRoot } from './hermite';
import { illinois, safeNewton, type RootSample } from './root-finding';

/** Ecliptic longitude (degrees) and its rate (degrees/day) of one moving point. */
export interface Motion {
  lon: number;
  speed: number;
}

export type MotionAt = (jd: number) => Motion;

export interface MotionSample extends Motion {
  jd: number;
}

/** One passage of a moving longitude over a fixed one. */
export interface Crossing {
  jd: number;
  /** +1 when the longitude increases through the target, −1 when it passes backwards (retrograde). */
  direction: 1 | -1;
}

const STATION_TOLERANCE_DAYS = 1e-4;

/**
 * Samples a motion every `step` days over `[start, end]` and inserts every station (speed = 0)
 * found between samples, so that the longitude is monotonic from one sample to the next. That is
 * what lets {@link crossingsOf} find all three passes of a retrograde loop: each lies in its own
 * monotonic stretch. `step` must be shorter than the gap between two stations of the body.
 *
 * @example
 * const samples = sampleMotion((jd) => ({ lon: jd % 360, speed: 1 }), 0, 10, 1); // 11 samples
 */
export function sampleMotion(
  motionAt: MotionAt,
  start: number,
  end: number,
  step: number,
): MotionSample[] {
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start) || !(step > 0)) {
    throw new AstroError('invalid_input', `no time range to scan from ${start} to ${end}`);
  }
  const count = Math.max(1, Math.ceil((end - start) / step));
  const samples: MotionSample[] = [];
  let previous: MotionSample | undefined;
  for (let i = 0; i <= count; i++) {
    const jd = i === count ? end : start + i * step;
    const current = { jd, ...motionAt(jd) };
    if (previous && previous.speed * current.speed < 0) {
      const station = illinois(
        (t) => motionAt(t).speed,
        previous.jd,
        current.jd,
        previous.speed,
        current.speed,
        STATION_TOLERANCE_DAYS,
      );
      samples.push({ jd: station, ...motionAt(station) });
    }
    samples.push(current);
    previous = current;
  }
  return samples;
}

/**
 * Instants where the sampled longitude passes `target`, in time order. With `motionAt` given each
 * instant is polished by safeguarded Newton on the ephemeris until the last step is under
 * `tolerance` days (usually one or two calls); without it the instant comes from the Hermite
 * cubic through the samples alone, which is cheap and good to seconds for orb boundaries.
 *
 * @example
 * const move: MotionAt = (jd) => ({ lon: (350 + jd) % 360, speed: 1 });
 * crossingsOf(sampleMotion(move, 0, 30, 5), 0, move, 1e-6); // [{ jd: 10, direction: 1 }]
 */
export function crossingsOf(
  samples: readonly MotionSample[],
  target: number,
  motionAt: MotionAt | null,
  tolerance: number,
): Crossing[] {
  const found: Crossing[] = [];
  const first = samples[0];
  if (first && signedDiffDeg(target, first.lon) === 0) {
    found.push({ jd: first.jd, direction: first.speed < 0 ? -1 : 1 });
  }
  for (let i = 1; i < samples.length; i++) {
    const p = samples[i - 1]!;
    const q = samples[i]!;
    const f0 = signedDiffDeg(target, p.lon);
    const f1 = signedDiffDeg(target, q.lon);
    // A jump of half a circle is the ±180° seam of the arc, not a passage over the target.
    if (Math.abs(f1 - f0) >= 180) continue;
    if (!((f0 < 0 && f1 >= 0) || (f0 > 0 && f1 <= 0))) continue;
    const s0: RootSample = { t: p.jd, value: f0, slope: p.speed };
    const s1: RootSample = { t: q.jd, value: f1, slope: q.speed };
    const guess = hermiteRoot(s0, s1, tolerance / 10);
    const jd = motionAt
      ? safeNewton(
          (t) => {
            const m = motionAt(t);
            return { t, value: signedDiffDeg(target, m.lon), slope: m.speed };
          },
          s0,
          s1,
          guess,
          tolerance,
        )
      : guess;
    found.push({ jd, direction: f1 > f0 ? 1 : -1 });
  }
  return found;
}
