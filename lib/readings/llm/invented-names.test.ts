import { describe, expect, it } from 'vitest';
import { inventedNames } from './invented-names';

describe('inventedNames', () => {
  it('lists body and sign names the source does not mention', () => {
    expect(
      inventedNames('Your Sun in Leo meets Venus in Virgo.', 'Your Sun in Leo.', 'en'),
    ).toEqual(['Venus', 'Virgo']);
  });

  it('matches whole words in the locale corpus, accents included', () => {
    expect(inventedNames('Tu Plutón en Escorpio.', 'Plutón en Escorpio', 'es')).toEqual([]);
    expect(inventedNames('Tu Plutón en Escorpio.', 'Escorpio', 'es')).toEqual(['Plutón']);
    expect(inventedNames('The Leonine mood.', '', 'en')).toEqual([]);
  });
});
