import { withConnective } from '@/lib/readings/corpus';
import type { ComposeContext } from '../context';
import { toSection, type SectionItem } from '../item';
import { pointName } from '../labels';
import { moonSignsOfDay } from '../moon-sign';
import { rotate } from '../rotation';
import { overviewThemes } from '../overview-selection';
import type { ReadingHighlight, ReadingNotice, ReadingSection } from '../types';
import { roundWeight } from '../weights';

/** Each theme after the first opens with a connective, rotated by the chart's hash. */
function joined(ctx: ComposeContext, themes: readonly SectionItem[]): SectionItem[] {
  const connectives = rotate(
    ctx.corpus.connectives,
    themes.length - 1,
    `${ctx.chart.hash}:overview`,
  );
  return themes.map((theme, i) => {
    const connective = i > 0 ? connectives[(i - 1) % connectives.length] : undefined;
    if (connective === undefined) return theme;
    const [first = '', ...rest] = theme.paragraphs;
    return { ...theme, paragraphs: [withConnective(ctx.corpus, connective, first), ...rest] };
  });
}

function leaderHighlights(ctx: ComposeContext): ReadingHighlight[] {
  return ctx.leaders.map((planet) => {
    const score = ctx.dominance.get(planet) ?? 0;
    const label = pointName(ctx.corpus, planet);
    return {
      ref: { kind: 'dominant_planet', planet, score },
      ...(label ? { label } : {}),
      weight: roundWeight(score),
      paragraphs: [],
    };
  });
}

function notices(ctx: ComposeContext): ReadingNotice[] {
  if (!ctx.chart.timeUnknown) return [];
  const signs = moonSignsOfDay(ctx.chart);
  const sign = ctx.chart.bodies.moon.sign;
  return [
    { kind: 'birth_time_unknown' },
    ...(signs.length > 1 ? [{ kind: 'moon_sign_uncertain' as const, sign, signs }] : []),
  ];
}

/**
 * The overview: the chart's heaviest themes in order of weight, joined by rotating connectives,
 * with the leading planets as highlights and notices for an unknown birth time. Undefined only
 * for a chart with neither themes nor notices.
 */
export function overviewSection(ctx: ComposeContext): ReadingSection | undefined {
  const themes = joined(ctx, overviewThemes(ctx));
  const found = notices(ctx);
  if (themes.length === 0 && found.length === 0) return undefined;
  const section = toSection(ctx, 'overview', themes, leaderHighlights(ctx));
  return found.length > 0 ? { ...section, notices: found } : section;
}
