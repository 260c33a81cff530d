import type { Corpus } from '../types';

export const aspectKind: Corpus['aspectKind'] = {
  conjunction:
    'A conjunction fuses two energies so closely that you may not be able to tell where one ends and the other begins.',
  opposition:
    'An opposition stretches two parts of you across a line, so you tend to meet one side of the tension through other people.',
  trine:
    'A trine lets two energies flow together so easily that you may take the gift for granted until you choose to use it.',
  square:
    'A square creates friction that will not settle by itself, and much of your drive is born from working it through.',
  sextile:
    'A sextile offers an opening rather than a guarantee: the talent is there, and it grows each time you act on it.',
  quincunx:
    'A quincunx links two energies that speak different languages, asking for constant small adjustments rather than one solution.',
};
