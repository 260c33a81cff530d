/** The ELP/MPP02 (DE405 fit) series as astronomia ships them: rows [A, φ0, φ1, φ2, φ3, φ4]. */
declare module 'astronomia/data/elpMppDeFull' {
  interface ElpMppData {
    name: string;
    W1: number[];
    L: Record<string, number[][]>;
    B: Record<string, number[][]>;
    R: Record<string, number[][]>;
  }
  const data: ElpMppData;
  export default data;
}
