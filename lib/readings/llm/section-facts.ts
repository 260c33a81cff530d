import type { HighlightRef, ReadingSection } from '@/lib/readings/compose';

/**
 * The chart facts a section is about, one line each, for the model to stay faithful to: the
 * highlights' corpus labels (in the reading's language) and the overview's notices.
 *
 * @example
 * sectionFacts(section); // ['Sun · Leo · 5th House', 'Sun · Square · Moon', …]
 */
export function sectionFacts(section: ReadingSection): string[] {
  const facts = section.highlights.map(({ label, ref }) => label ?? describeRef(ref));
  for (const notice of section.notices ?? []) {
    facts.push(
      notice.kind === 'birth_time_unknown'
        ? 'Birth time unknown: no houses, no Ascendant, no Midheaven.'
        : `Moon sign uncertain: the Moon moved through ${notice.signs.join(', ')} that day; the text reads ${notice.sign}.`,
    );
  }
  return [...new Set(facts)];
}

// Refs the corpus has no name for (hemispheres) are given as plain keys.
function describeRef(ref: HighlightRef): string {
  return Object.entries(ref)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' + ') : String(value)}`)
    .join(', ');
}
