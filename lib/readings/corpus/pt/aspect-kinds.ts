import type { Corpus } from '../types';

export const aspectKind: Corpus['aspectKind'] = {
  conjunction:
    'Uma conjunção funde duas energias de forma tão estreita que talvez você nem consiga dizer onde uma termina e a outra começa.',
  opposition:
    'Uma oposição estica duas partes de você entre polos opostos, e um dos lados dessa tensão costuma chegar até você pelas outras pessoas.',
  trine:
    'Um trígono deixa duas energias fluírem juntas com tanta naturalidade que você pode nem valorizar o dom até decidir usá-lo.',
  square:
    'Uma quadratura cria um atrito que não se resolve sozinho, e boa parte da sua garra nasce justamente de trabalhar esse atrito.',
  sextile:
    'Um sextil oferece uma porta aberta, não uma garantia: o talento existe e cresce cada vez que você o coloca em prática.',
  quincunx:
    'Um quincúncio liga duas energias que falam línguas diferentes e pede pequenos ajustes constantes em vez de uma solução única.',
};
