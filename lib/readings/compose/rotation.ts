/**
 * Deterministic variety: the same chart always reads the same, while different charts start the
 * corpus connectives at different places and walk them with different strides.
 */

/**
 * 32-bit FNV-1a hash of a string: small, fast and stable across runtimes.
 *
 * @example
 * fnv1a('') === 0x811c9dc5; // true
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * `count` distinct items of `pool` (as many as it has when `count` exceeds its size), chosen by a
 * seeded start and a stride coprime with the pool size, so every item is visited once before any
 * repeats.
 *
 * @example
 * rotate(['a', 'b', 'c', 'd'], 2, 'chart-hash'); // two distinct entries, always the same two
 */
export function rotate<T>(pool: readonly T[], count: number, seed: string): T[] {
  const n = pool.length;
  if (n === 0 || count <= 0) return [];
  const hash = fnv1a(seed);
  const start = hash % n;
  let stride = n > 1 ? 1 + (Math.floor(hash / n) % (n - 1)) : 1;
  while (gcd(stride, n) !== 1) stride++;
  return Array.from({ length: Math.min(count, n) }, (_, i) => pool[(start + i * stride) % n]!);
}
