interface Block {
  weightedSum: number;
  weight: number;
  count: number;
}

/**
 * Weighted least-squares non-decreasing fit (pool-adjacent-violators): the sequence ẑ with
 * ẑ₀ ≤ ẑ₁ ≤ … minimising Σ wᵢ(ẑᵢ − zᵢ)². Exact, O(n).
 *
 * @example
 * isotonicFit([1, 3, 2], [1, 1, 1]); // [1, 2.5, 2.5]
 */
export function isotonicFit(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: Block[] = [];
  values.forEach((z, i) => {
    const w = weights[i] ?? 1;
    blocks.push({ weightedSum: w * z, weight: w, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as Block;
      const prev = blocks[blocks.length - 2] as Block;
      if (prev.weightedSum / prev.weight <= last.weightedSum / last.weight) break;
      blocks.pop();
      prev.weightedSum += last.weightedSum;
      prev.weight += last.weight;
      prev.count += last.count;
    }
  });
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.weightedSum / b.weight));
}
