import { getGazetteer, type Gazetteer } from './gazetteer';
import { buildKeyTable, type KeyTable } from './key-table';
import { buildLocalizedNames, type LocalizedNames } from './localized-names';
import { normalizeName } from './normalize-name';

/** Sorted search keys over the gazetteer's names, and over the localized names of major cities. */
export interface SearchIndex extends KeyTable {
  gazetteer: Gazetteer;
  /** log10(population + 1) by row, precomputed for ranking. */
  populationScore: Float32Array;
  localized: LocalizedNames;
}

let index: SearchIndex | undefined;

/**
 * The search index, built on first use from the gazetteer and kept for the process.
 *
 * @example
 * getSearchIndex().keys.length; // ≈ 195,000: every name and the tails after each of its words
 */
export function getSearchIndex(): SearchIndex {
  index ??= buildSearchIndex(getGazetteer());
  return index;
}

function buildSearchIndex(gazetteer: Gazetteer): SearchIndex {
  const populationScore = new Float32Array(gazetteer.size);
  const names = new Array<string>(gazetteer.size);
  for (let row = 0; row < gazetteer.size; row += 1) {
    populationScore[row] = Math.log10((gazetteer.populations[row] ?? 0) + 1);
    names[row] = normalizeName(gazetteer.names[row] ?? '');
  }
  const rows = Int32Array.from({ length: gazetteer.size }, (_, row) => row);
  const main = buildKeyTable(names, rows);
  return { ...main, gazetteer, populationScore, localized: buildLocalizedNames(gazetteer, main) };
}
