import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import type { StoredSection } from '@/lib/readings/store/reading-state';
import { ReadingView, type ReadingText } from './reading-view';

const TEXT: ReadingText = { ...de.reading };

function section(position: number): StoredSection {
  return { sectionId: `s${position}`, position, title: `T${position}`, paragraphs: ['P'] };
}

describe('ReadingView', () => {
  it('fills the progress template with the sections written so far', () => {
    const html = renderToStaticMarkup(
      <ReadingView text={TEXT} sections={[section(0), section(1)]} total={5} failed={false} />,
    );
    expect(html).toContain('Deine Deutung wird geschrieben: 2 von 5 Abschnitten');
    expect(html).toContain(`aria-label="${de.reading.progressLabel}"`);
  });

  it('shows an ellipsis while the number of sections is unknown', () => {
    const html = renderToStaticMarkup(
      <ReadingView text={TEXT} sections={[]} total={0} failed={false} />,
    );
    expect(html).toContain('0 von … Abschnitten');
  });

  it('says when the reading failed, without progress', () => {
    const html = renderToStaticMarkup(<ReadingView text={TEXT} sections={[]} total={0} failed />);
    expect(html).toMatch(new RegExp(`role="alert">${de.reading.failed}<`));
    expect(html).not.toContain('<progress');
  });
});
