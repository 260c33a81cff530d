import type { PointId } from '@/lib/astro/aspects';
import type { Sign } from '@/lib/astro/types';
import { elementOf } from '@/lib/astro/summary';
import { BODY_GLYPHS, SIGN_GLYPHS } from '@/lib/chart-wheel/glyphs';
import type { AstroLabels, Axis } from '@/lib/chart-wheel/labels';
import { isBody, pointName } from '@/lib/chart-wheel/point-name';
import styles from './chart.module.css';

/** A point's symbol (a glyph, or AC/MC for the axes), hidden from screen readers. */
export function PointGlyph({ id, labels }: { id: PointId; labels: AstroLabels }) {
  const symbol = isBody(id, labels)
    ? BODY_GLYPHS[id]
    : id in labels.axisMarks
      ? labels.axisMarks[id as Axis]
      : '';
  return (
    <span className={isBody(id, labels) ? styles.glyph : styles.mark} aria-hidden="true">
      {symbol}
    </span>
  );
}

/** Glyph and name of a point, e.g. "☉ Sun". */
export function PointLabel({ id, labels }: { id: PointId; labels: AstroLabels }) {
  return (
    <>
      <PointGlyph id={id} labels={labels} /> {pointName(id, labels)}
    </>
  );
}

/** Sign glyph in its element's colour, and the sign's name. */
export function SignLabel({ sign, labels }: { sign: Sign; labels: AstroLabels }) {
  return (
    <>
      <span className={`${styles.glyph} ${styles[elementOf(sign)]}`} aria-hidden="true">
        {SIGN_GLYPHS[sign]}
      </span>{' '}
      {labels.signs[sign]}
    </>
  );
}
