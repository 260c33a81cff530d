import type { Corpus } from '../types';

export const aspectKind: Corpus['aspectKind'] = {
  conjunction:
    'Eine Konjunktion verschmilzt zwei Kräfte so eng, dass du oft kaum sagen kannst, wo die eine endet und die andere beginnt.',
  opposition:
    'Eine Opposition spannt zwei Seiten von dir über eine Achse, und einem Pol dieser Spannung begegnest du oft in anderen Menschen.',
  trine:
    'Ein Trigon lässt zwei Kräfte so mühelos zusammenfließen, dass du das Geschenk leicht für selbstverständlich hältst, bis du es bewusst einsetzt.',
  square:
    'Ein Quadrat erzeugt eine Reibung, die sich nicht von selbst legt, und gerade aus ihrer Bearbeitung speist sich viel von deinem Antrieb.',
  sextile:
    'Ein Sextil ist eher eine offene Tür als eine Garantie: Die Begabung ist da, und sie wächst jedes Mal, wenn du danach handelst.',
  quincunx:
    'Ein Quincunx verbindet zwei Kräfte, die verschiedene Sprachen sprechen, und verlangt statt einer großen Lösung ständige kleine Anpassungen.',
};
