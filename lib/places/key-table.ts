/**
 * Sorted search keys, each naming a gazetteer row. Each name contributes itself and its tail
 * from every later word ("new york city", "york city", "city"), so one binary search finds both
 * name prefixes and word prefixes.
 */
export interface KeyTable {
  /** Sorted by UTF-16 code units. */
  keys: string[];
  /** Gazetteer row of each key. */
  rows: Int32Array;
  /** 1 where the key is the whole name, 0 where it starts at a later word. */
  wholeName: Uint8Array;
}

/**
 * Key table over normalised names, `names[i]` naming gazetteer row `rows[i]`; empty names are
 * skipped.
 *
 * @example
 * buildKeyTable(['new york city'], [7]).keys; // ['city', 'new york city', 'york city']
 */
export function buildKeyTable(names: readonly string[], rows: ArrayLike<number>): KeyTable {
  const unsortedKeys: string[] = [];
  const unsortedRows: number[] = [];
  names.forEach((name, at) => {
    if (name === '') return;
    const row = rows[at] ?? 0;
    unsortedKeys.push(name);
    unsortedRows.push(row);
    for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
      unsortedKeys.push(name.slice(space + 1));
      unsortedRows.push(-row - 1);
    }
  });

  const order = new Int32Array(unsortedKeys.length).map((_, position) => position);
  order.sort((a, b) => {
    const keyA = unsortedKeys[a] as string;
    const keyB = unsortedKeys[b] as string;
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
  const keys = new Array<string>(order.length);
  const sortedRows = new Int32Array(order.length);
  const wholeName = new Uint8Array(order.length);
  order.forEach((source, position) => {
    const encodedRow = unsortedRows[source] as number;
    keys[position] = unsortedKeys[source] as string;
    // Word-tail keys were stored as −row − 1 to carry the flag through the sort.
    sortedRows[position] = encodedRow >= 0 ? encodedRow : -encodedRow - 1;
    wholeName[position] = encodedRow >= 0 ? 1 : 0;
  });
  return { keys, rows: sortedRows, wholeName };
}

/**
 * Half-open range `[start, end)` of the sorted keys that begin with `prefix`.
 *
 * @example
 * prefixRange(['par', 'paris', 'parma', 'pau'], 'par'); // [0, 3]
 */
export function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  return [lowerBound(keys, prefix), lowerBound(keys, `${prefix}\uffff`)];
}

function lowerBound(keys: readonly string[], target: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
