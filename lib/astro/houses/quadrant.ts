/** What every quadrant house system starts from, degrees. */
export interface QuadrantFrame {
  armc: number;
  obliquity: number;
  latitude: number;
  asc: number;
  mc: number;
}

/**
 * The four cusps a quadrant system has to work out; the Ascendant and MC are cusps 1 and 10, and
 * cusps 4 to 9 are the points opposite 10 to 3.
 */
export interface IntermediateCusps {
  c11: number;
  c12: number;
  c2: number;
  c3: number;
}
