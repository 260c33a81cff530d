export { famousBirthInput } from './famous-birth-input';
export {
  famousSharing,
  type FamousMatch,
  type FamousSharingOptions,
  type SharedPlacement,
  type SharedSignsQuery,
} from './famous-sharing';
export { famousSigns, UnresolvedBirthTimeError, type FamousSigns } from './famous-signs';
export { getFamous } from './get-famous';
export {
  FamousCursorError,
  listFamous,
  type FamousPage,
  type ListFamousOptions,
} from './list-famous';
export {
  FAMOUS_CATEGORIES,
  RODDEN_RATINGS,
  type FamousCategory,
  type FamousPerson,
  type FamousPlace,
  type RoddenRating,
} from './schema';
export { searchFamous } from './search-famous';
