import { find, setCache } from 'geo-tz/all';

/**
 * Quadtree cells of boundary data kept decoded; geo-tz would otherwise keep every cell it ever
 * read (measured: 256 cells ≈ 60 MB; the unbounded default grew past 100 MB in 2,000 lookups).
 */
const MAX_CACHED_CELLS = 256;

/** Map-like store for geo-tz that forgets the least recently used cell. */
class RecentCells<T> {
  private readonly cells = new Map<string, T>();

  get(key: string): T | undefined {
    const cell = this.cells.get(key);
    if (cell !== undefined) {
      this.cells.delete(key);
      this.cells.set(key, cell);
    }
    return cell;
  }

  set(key: string, cell: T): void {
    this.cells.set(key, cell);
    if (this.cells.size > MAX_CACHED_CELLS) {
      const oldest = this.cells.keys().next();
      if (!oldest.done) this.cells.delete(oldest.value);
    }
  }
}

let configured = false;

/**
 * IANA zone at a coordinate from the time-zone boundaries (geo-tz's comprehensive product: one
 * zone per country at least, so pre-1970 history is the country's own). Where boundaries are
 * disputed geo-tz names several zones; the first is taken.
 *
 * @example
 * zoneAt(39.8017, -89.6437); // 'America/Chicago' (Springfield, Illinois)
 */
export function zoneAt(lat: number, lon: number): string {
  if (!configured) {
    setCache({ store: new RecentCells() });
    configured = true;
  }
  const [zone] = find(lat, lon);
  return zone ?? 'Etc/UTC';
}
