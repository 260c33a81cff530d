import { withConnective } from '@/lib/readings/corpus';
import type { ComposeContext } from '../context';
import { byWeight, toSection, type SectionItem } from '../item';
import { pointName } from '../labels';
import { moonSignsOfDay } from '../moon-sign';
import { rotate } from '../rotation';
import { overviewCandidates } from '../themes';
import type { ReadingHighlight, ReadingNotice, ReadingSection } from '../types';
import { roundWeight } from '../weights';

/** The overview ties three to five themes together. */
const MIN_THEMES = 3;
const MAX_THEMES = 5;
/** Beyond the third, a theme must weigh this much to be worth the reader's attention up front. */
const MIN_EXTRA_WEIGHT = 5;
/**
 * Each further theme of a family (aspects, patterns, …) counts for this share of the one before,
 * so the overview mixes kinds of feature rather than listing five aspects.
 */
const REPEAT_FACTOR = 0.7;

function familyOf(item: SectionItem): string {
  return item.claim.slice(0, item.claim.indexOf(':'));
}

/**
 * The overview's themes, heaviest first: the three heaviest always, then up to five while they
 * weigh at least MIN_EXTRA_WEIGHT. A theme's weight here is discounted by REPEAT_FACTOR for each
 * theme of its family already chosen, and the discounted weight is the one the overview reports.
 */
export function overviewThemes(ctx: ComposeContext): SectionItem[] {
  const remaining = overviewCandidates(ctx).sort(byWeight);
  const chosen: SectionItem[] = [];
  const perFamily = new Map<string, number>();
  const discounted = (item: SectionItem): SectionItem => ({
    ...item,
    weight: item.weight * REPEAT_FACTOR ** (perFamily.get(familyOf(item)) ?? 0),
  });
  while (chosen.length < MAX_THEMES && remaining.length > 0) {
    const next = remaining.map(discounted).sort(byWeight)[0];
    if (!next || (chosen.length >= MIN_THEMES && next.weight < MIN_EXTRA_WEIGHT)) break;
    remaining.splice(
      remaining.findIndex((i) => i.claim === next.claim),
      1,
    );
    perFamily.set(familyOf(next), (perFamily.get(familyOf(next)) ?? 0) + 1);
    chosen.push(next);
  }
  return chosen;
}

const claimsByContext = new WeakMap<ComposeContext, ReadonlySet<string>>();

/** Claims the overview voices; other sections leave these texts out. */
export function overviewClaims(ctx: ComposeContext): ReadonlySet<string> {
  let claims = claimsByContext.get(ctx);
  if (!claims) {
    claims = new Set(overviewThemes(ctx).map((t) => t.claim));
    claimsByContext.set(ctx, claims);
  }
  return claims;
}

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
