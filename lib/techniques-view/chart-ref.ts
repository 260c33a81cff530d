const HASH = /^[A-Za-z0-9_-]{8,64}$/;
const CHART_PATH = /\/chart\/([A-Za-z0-9_-]{8,64})(?:[/?#]|$)/;

/**
 * The chart hash in what a person pastes: a bare hash, or a chart page's URL or path (with any
 * locale, sub-page or query). Null when neither.
 *
 * @example
 * chartHashFromRef('https://orrery.example/en/chart/AbCdEf0123456789/transits'); // 'AbCdEf0123456789'
 * chartHashFromRef('AbCdEf0123456789'); // 'AbCdEf0123456789'
 */
export function chartHashFromRef(ref: string): string | null {
  const text = ref.trim();
  if (HASH.test(text)) return text;
  return CHART_PATH.exec(text)?.[1] ?? null;
}
