export { findAspects, findInterAspects } from './find-aspects';
export { matchPair } from './match-pair';
export { DEFAULT_ASPECT_ORBS, DEFAULT_POINT_FACTORS, allowedOrb, pointAllowance } from './orbs';
export {
  ANGLE_POINTS,
  ASPECT_ANGLES,
  ASPECT_KINDS,
  MAJOR_ASPECTS,
  MINOR_ASPECTS,
  type AnglePoint,
  type Aspect,
  type AspectKind,
  type AspectMotion,
  type AspectOptions,
  type AspectPoint,
  type MajorAspect,
  type OrbOptions,
  type PointId,
} from './types';
