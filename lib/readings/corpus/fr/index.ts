import type { Corpus } from '../types';
import { angleInSign } from './angles';
import { aspectKind } from './aspect-kinds';
import { aspect } from './aspects';
import { emphasis } from './emphasis';
import { connectives, names, sectionTitles } from './labels';
import { grandTrineElement, pattern } from './patterns';
import { planetInHouse } from './planet-in-house';
import { planetInSign } from './planet-in-sign';

/** The French corpus, addressed to the reader as "tu" in the way modern French astrology writes. */
export const fr: Corpus = {
  planetInSign,
  planetInHouse,
  angleInSign,
  aspect,
  aspectKind,
  pattern,
  grandTrineElement,
  emphasis,
  sectionTitles,
  connectives,
  names,
};
