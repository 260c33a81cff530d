export { computeHouses } from './compute-houses';
export { cuspsFrom } from './cusps';
export { houseOf } from './house-of';
export { housesAt } from './houses-at';
export { toSiderealHouses } from './sidereal';
export type {
  HouseCusps,
  HouseFallback,
  HouseFallbackReason,
  HouseInput,
  HouseResult,
} from './types';
