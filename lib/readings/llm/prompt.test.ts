import { describe, expect, it } from 'vitest';
import { composeSection } from '@/lib/readings/compose';
import { chartOf, PARIS_1990 } from '@/lib/readings/compose/test-charts';
import { readingLanguage } from './language';
import { enrichmentPrompt } from './prompt';
import { sectionFacts } from './section-facts';

const chart = chartOf(PARIS_1990);

describe('enrichmentPrompt', () => {
  it('names the language, forbids new placements and carries every fact and paragraph', () => {
    const section = composeSection(chart, 'aspects', { locale: 'es' });
    if (!section) throw new Error('the Paris chart has aspects');
    const facts = sectionFacts(section);
    const [system, user] = enrichmentPrompt(section, facts, readingLanguage('es-MX'));

    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Write in Spanish only');
    expect(system?.content).toMatch(/never invent/);
    for (const fact of facts) expect(user?.content).toContain(`- ${fact}`);
    for (const paragraph of section.paragraphs) expect(user?.content).toContain(paragraph);
  });
});

describe('sectionFacts', () => {
  it('lists each highlight label once, in the section language', () => {
    const section = composeSection(chart, 'big-three', { locale: 'de' });
    if (!section) throw new Error('the Paris chart has a big-three section');
    const facts = sectionFacts(section);
    const labels = section.highlights.flatMap((h) => (h.label ? [h.label] : []));
    expect(facts).toEqual([...new Set(labels)]);
  });

  it('states an unknown birth time on the overview', () => {
    const section = composeSection(chartOf(PARIS_1990, true), 'overview', { locale: 'en' });
    if (!section) throw new Error('every chart has an overview');
    expect(sectionFacts(section).some((f) => f.startsWith('Birth time unknown'))).toBe(true);
  });
});

describe('readingLanguage', () => {
  it('follows the corpus the composer uses', () => {
    expect(readingLanguage('pt-BR')).toEqual({ locale: 'pt', name: 'Portuguese', iso3: 'por' });
    expect(readingLanguage('ja').locale).toBe('en');
  });
});
