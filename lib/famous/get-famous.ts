import { famousDataset } from './dataset';
import type { FamousPerson } from './schema';

/**
 * A famous person by id (slug), or `null`.
 *
 * @example
 * getFamous('albert-einstein')?.place.name; // 'Ulm'
 */
export function getFamous(id: string): FamousPerson | null {
  return famousDataset().byId.get(id) ?? null;
}
