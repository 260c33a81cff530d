import people from './data/people.json';
import { FamousDatasetSchema, type FamousPerson } from './schema';

interface Dataset {
  /** Sorted by name (locale-independent collation), then id. */
  people: readonly FamousPerson[];
  byId: ReadonlyMap<string, FamousPerson>;
}

let dataset: Dataset | null = null;

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The famous-people dataset, validated and indexed on first use (once per process).
 *
 * @example
 * famousDataset().byId.get('albert-einstein')?.birthDate; // '1879-03-14'
 */
export function famousDataset(): Dataset {
  if (dataset) return dataset;
  const parsed = FamousDatasetSchema.parse(people);
  const sorted = [...parsed].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  dataset = { people: sorted, byId: new Map(sorted.map((person) => [person.id, person])) };
  return dataset;
}
