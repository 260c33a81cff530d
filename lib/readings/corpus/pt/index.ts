import type { Corpus } from '../types';
import { angleInSign } from './angles';
import { aspectKind } from './aspect-kinds';
import { aspect } from './aspects';
import { emphasis } from './emphasis';
import { connectives, names, sectionTitles } from './labels';
import { grandTrineElement, pattern } from './patterns';
import { planetInHouse } from './planet-in-house';
import { planetInSign } from './planet-in-sign';

/** The Brazilian Portuguese corpus, written to the reader as "você". */
export const pt: Corpus = {
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
