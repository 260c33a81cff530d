/**
 * Least-squares Chebyshev fit on equally spaced samples: the projector that maps the `samples`
 * values at x_j = −1 + 2j/(samples − 1) to coefficients a_0…a_degree. Every interval of a table
 * has the same sample layout, so the projector is computed once.
 *
 * @example
 * const project = chebyshevProjector(129, 12);
 * const coeffs = project(values); // values.length === 129
 */
export function chebyshevProjector(
  samples: number,
  degree: number,
): (values: ArrayLike<number>) => number[] {
  const n = degree + 1;
  const basis = Array.from({ length: samples }, (_, j) => {
    const x = -1 + (2 * j) / (samples - 1);
    const t = [1, x];
    for (let k = 2; k < n; k++) t.push(2 * x * t[k - 1]! - t[k - 2]!);
    return t.slice(0, n);
  });
  // Normal matrix AᵀA, inverted by Gauss–Jordan; projector = (AᵀA)⁻¹Aᵀ.
  const m = Array.from({ length: n }, (_, r) => [
    ...Array.from({ length: n }, (_, c) => basis.reduce((s, row) => s + row[r]! * row[c]!, 0)),
    ...Array.from({ length: n }, (_, c) => (c === r ? 1 : 0)),
  ]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let k = 0; k < 2 * n; k++) m[c]![k] = m[c]![k]! / pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      for (let k = 0; k < 2 * n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  const projector = Array.from({ length: n }, (_, r) =>
    basis.map((row) => row.reduce((s, b, c) => s + m[r]![n + c]! * b, 0)),
  );
  return (values) => projector.map((row) => row.reduce((s, p, j) => s + p * values[j]!, 0));
}
