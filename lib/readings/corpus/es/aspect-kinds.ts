import type { Corpus } from '../types';

export const aspectKind: Corpus['aspectKind'] = {
  conjunction:
    'Una conjunción funde dos energías tan de cerca que quizá no sepas dónde termina una y empieza la otra.',
  opposition:
    'Una oposición tensa dos partes de ti a lo largo de un eje, y a menudo vives un extremo de esa tensión a través de los demás.',
  trine:
    'Un trígono deja fluir dos energías con tanta naturalidad que puedes dar el don por sentado hasta que decides usarlo.',
  square:
    'Una cuadratura genera una fricción que no se calma sola, y buena parte de tu empuje nace de trabajarla.',
  sextile:
    'Un sextil ofrece una puerta abierta más que una garantía: el talento está ahí y crece cada vez que actúas sobre él.',
  quincunx:
    'Un quincuncio une dos energías que hablan idiomas distintos y pide pequeños ajustes constantes en lugar de una solución única.',
};
