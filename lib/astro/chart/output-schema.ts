import { z } from 'zod';
import { ANGLE_POINTS, ASPECT_KINDS } from '../aspects';
import { ELEMENTS, MODALITIES, isPlanet } from '../summary';
import { BODIES, HOUSE_SYSTEMS, SIGNS } from '../types';
import { LatitudeSchema, LongitudeSchema, ZodiacSchema } from './schema';

const Longitude = z.number().min(0).lt(360);
const PointIdSchema = z.enum([...BODIES, ...ANGLE_POINTS]);
const PlanetSchema = PointIdSchema.refine(isPlanet, 'one of the ten planets');

const SignPlacementSchema = z.object({
  lon: Longitude,
  sign: z.enum(SIGNS),
  degreeInSign: z.number().min(0).lt(30),
});

export const ChartBodySchema = SignPlacementSchema.extend({
  body: z.enum(BODIES),
  lat: z.number().min(-90).max(90),
  speed: z.number(),
  retrograde: z.boolean(),
  house: z.number().int().min(1).max(12).nullable(),
});

export const ChartHousesSchema = z.object({
  system: z.enum(HOUSE_SYSTEMS),
  effectiveSystem: z.enum(HOUSE_SYSTEMS),
  cusps: z.array(Longitude).length(12),
  asc: Longitude,
  mc: Longitude,
  armc: Longitude,
  vertex: Longitude,
  ascFlipped: z.boolean(),
  fallback: z
    .object({
      from: z.enum(HOUSE_SYSTEMS),
      to: z.literal('porphyry'),
      reason: z.enum(['polar_latitude', 'no_convergence']),
    })
    .optional(),
});

export const AspectSchema = z.object({
  a: PointIdSchema,
  b: PointIdSchema,
  kind: z.enum(ASPECT_KINDS),
  major: z.boolean(),
  angle: z.number(),
  separation: z.number().min(0).max(180),
  orb: z.number().min(0),
  allowedOrb: z.number().min(0),
  motion: z.enum(['applying', 'separating', 'exact', 'fixed']),
  exactness: z.number().min(0).max(1),
});

function balanceSchema<const K extends readonly [string, ...string[]]>(keys: K) {
  const entry = z.object({ score: z.number(), share: z.number(), points: z.array(PointIdSchema) });
  return z.object({
    groups: z.record(z.enum(keys), entry),
    dominant: z.array(z.enum(keys)),
    missing: z.array(z.enum(keys)),
  });
}

export const ChartSummarySchema = z.object({
  elements: balanceSchema(ELEMENTS),
  modalities: balanceSchema(MODALITIES),
  hemispheres: z.discriminatedUnion('known', [
    z.object({ known: z.literal(false), reason: z.literal('no_houses') }),
    z.object({
      known: z.literal(true),
      north: z.array(PlanetSchema),
      south: z.array(PlanetSchema),
      east: z.array(PlanetSchema),
      west: z.array(PlanetSchema),
    }),
  ]),
  dominants: z.array(
    z.object({
      planet: PlanetSchema,
      score: z.number(),
      angularity: z.number(),
      dignity: z.number(),
      aspects: z.number(),
      rulership: z.number(),
    }),
  ),
  aspects: z.array(AspectSchema),
  patterns: z.array(
    z.object({
      kind: z.enum(['grand_trine', 't_square', 'grand_cross', 'yod', 'kite', 'stellium']),
      members: z.array(PointIdSchema),
      apex: PointIdSchema.optional(),
      element: z.enum(ELEMENTS).optional(),
      sign: z.enum(SIGNS).optional(),
      house: z.number().int().min(1).max(12).optional(),
    }),
  ),
});

/** A computed chart as the API returns it (the JSON of `computeChart`'s result). */
export const ChartSchema = z.object({
  utc: z.iso.datetime(),
  jdUt: z.number(),
  latitude: LatitudeSchema,
  longitude: LongitudeSchema,
  houseSystem: z.enum(HOUSE_SYSTEMS),
  zodiac: ZodiacSchema,
  timeUnknown: z.boolean(),
  bodies: z.record(z.enum(BODIES), ChartBodySchema),
  houses: ChartHousesSchema.nullable(),
  angles: z.record(z.enum(['asc', 'mc', 'dsc', 'ic', 'vertex']), SignPlacementSchema).nullable(),
  aspects: z.array(AspectSchema),
  summary: ChartSummarySchema,
  hash: z.string().length(16),
  meta: z.object({
    engineVersion: z.string(),
    deltaT: z.number(),
    jdTt: z.number(),
    trueObliquity: z.number(),
    meanObliquity: z.number(),
    nutationLon: z.number(),
    gast: z.number(),
    ayanamsa: z.number().nullable(),
  }),
});
