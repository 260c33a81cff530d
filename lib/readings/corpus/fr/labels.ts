import type { Corpus } from '../types';

export const sectionTitles: Corpus['sectionTitles'] = {
  overview: 'La physionomie de ton thème',
  big_three: 'Soleil, Lune et Ascendant',
  planets: 'Tes planètes dans les signes',
  houses: 'Là où la vie se joue : les maisons',
  aspects: 'Les dialogues entre planètes',
  patterns: 'Les configurations de ton thème',
};

/*
 * French accepts a fronted adverbial followed by a comma and a full clause, so most connectives
 * continue the sentence. They are adverbials rather than participles, so none has to agree with
 * the reader’s gender; the last two are whole sentences because French does not capitalise after a
 * colon.
 */
export const connectives: Corpus['connectives'] = [
  'En même temps,',
  'Parallèlement,',
  'À un autre niveau,',
  'Sous la surface,',
  'Dans un autre domaine de ta vie,',
  'Dans ta sphère intime,',
  'Dans tes relations,',
  'Sous un autre angle,',
  'En outre,',
  'En contrepoint,',
  'Concrètement,',
  'Plus discrètement,',
  'En filigrane de tout cela,',
  'Au fil des années,',
  'À l’inverse,',
  'Fait notable,',
  'Au quotidien,',
  'Plus profondément,',
  'Sur un autre registre,',
  'En toile de fond,',
  'Par ailleurs,',
  'De la même façon,',
  'Cette histoire a une autre facette.',
  'Autre chose vient colorer le tableau.',
];

export const names: Corpus['names'] = {
  bodies: {
    sun: 'Soleil',
    moon: 'Lune',
    mercury: 'Mercure',
    venus: 'Vénus',
    mars: 'Mars',
    jupiter: 'Jupiter',
    saturn: 'Saturne',
    uranus: 'Uranus',
    neptune: 'Neptune',
    pluto: 'Pluton',
    true_node: 'Nœud Nord',
    chiron: 'Chiron',
  },
  angles: { asc: 'Ascendant', mc: 'Milieu du Ciel' },
  signs: {
    aries: 'Bélier',
    taurus: 'Taureau',
    gemini: 'Gémeaux',
    cancer: 'Cancer',
    leo: 'Lion',
    virgo: 'Vierge',
    libra: 'Balance',
    scorpio: 'Scorpion',
    sagittarius: 'Sagittaire',
    capricorn: 'Capricorne',
    aquarius: 'Verseau',
    pisces: 'Poissons',
  },
  houses: {
    1: 'Maison 1',
    2: 'Maison 2',
    3: 'Maison 3',
    4: 'Maison 4',
    5: 'Maison 5',
    6: 'Maison 6',
    7: 'Maison 7',
    8: 'Maison 8',
    9: 'Maison 9',
    10: 'Maison 10',
    11: 'Maison 11',
    12: 'Maison 12',
  },
  aspects: {
    conjunction: 'Conjonction',
    opposition: 'Opposition',
    trine: 'Trigone',
    square: 'Carré',
    sextile: 'Sextile',
    quincunx: 'Quinconce',
  },
  patterns: {
    grand_trine: 'Grand Trigone',
    t_square: 'Carré en T',
    grand_cross: 'Grand Carré',
    yod: 'Yod',
    stellium: 'Stellium',
    kite: 'Cerf-volant',
  },
  elements: { fire: 'Feu', earth: 'Terre', air: 'Air', water: 'Eau' },
  modalities: { cardinal: 'Cardinal', fixed: 'Fixe', mutable: 'Mutable' },
};
