import type { Corpus } from '../types';

export const aspectKind: Corpus['aspectKind'] = {
  conjunction:
    'Une conjonction fond deux énergies si étroitement que tu ne sais pas toujours où l’une s’arrête et où l’autre commence.',
  opposition:
    'Une opposition tend deux parts de toi de part et d’autre d’un axe, si bien que tu rencontres souvent l’un des pôles à travers les autres.',
  trine:
    'Un trigone laisse deux énergies circuler si facilement que tu risques de tenir ce don pour acquis tant que tu ne décides pas de t’en servir.',
  square:
    'Un carré crée une friction qui ne s’apaise pas d’elle-même, et une bonne part de ton élan naît du travail que tu fais avec elle.',
  sextile:
    'Un sextile ouvre une porte plutôt qu’il n’offre une garantie : le talent est là, et il grandit chaque fois que tu t’en sers.',
  quincunx:
    'Un quinconce relie deux énergies qui ne parlent pas la même langue et réclame de petits ajustements constants plutôt qu’une solution unique.',
};
