import type { Corpus } from '../types';
import { angleInSign } from './angles';
import { aspectKind } from './aspect-kinds';
import { aspect } from './aspects';
import { emphasis } from './emphasis';
import { connectives, names, sectionTitles } from './labels';
import { grandTrineElement, pattern } from './patterns';
import { planetInHouse } from './planet-in-house';
import { planetInSign } from './planet-in-sign';

/** The German corpus, written for German-speaking readers rather than translated word for word. */
export const de: Corpus = {
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
