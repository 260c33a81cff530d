import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import type { ApiScope } from '@/lib/api-keys/scopes';
import { AspectsRequestSchema, AspectsResponseSchema } from '@/lib/api/v1/aspects.schema';
import {
  ChartCreatedSchema,
  ChartParamsSchema,
  CreateChartRequestSchema,
  FieldsQuerySchema,
  StoredChartSchema,
} from '@/lib/api/v1/charts.schema';
import {
  CompositeRequestSchema,
  CompositeResponseSchema,
  SynastryRequestSchema,
  SynastryResponseSchema,
} from '@/lib/api/v1/pair.schema';
import {
  FamousPageSchema,
  FamousParamsSchema,
  FamousPersonChartSchema,
  FamousQuerySchema,
} from '@/lib/api/v1/famous.schema';
import { PlacesPageSchema, PlacesQuerySchema } from '@/lib/api/v1/places.schema';
import {
  ProgressionsRequestSchema,
  ProgressionsResponseSchema,
} from '@/lib/api/v1/progressions.schema';
import {
  ReadingAcceptedSchema,
  ReadingParamsSchema,
  ReadingRequestSchema,
  ReadingStateSchema,
} from '@/lib/api/v1/readings.schema';
import {
  LunarReturnRequestSchema,
  LunarReturnResponseSchema,
  SolarReturnRequestSchema,
  SolarReturnResponseSchema,
} from '@/lib/api/v1/returns.schema';
import { TransitsRequestSchema, TransitsResponseSchema } from '@/lib/api/v1/transits.schema';
import { jsonAnswer, jsonBody, KEYED, POSTED, problems } from './operation-parts';

const IDEMPOTENCY = z
  .string()
  .min(1)
  .max(255)
  .optional()
  .meta({ description: 'Replays the first answer for 24 h when retried (a UUID is best).' });

function keyed(scope: ApiScope, operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return {
    ...operation,
    security: [{ apiKey: [scope] }],
    description: `${operation.description ?? ''}\n\nScope: \`${scope}\`.`.trim(),
  };
}

function compute(
  tag: string,
  summary: string,
  request: z.ZodType,
  response: z.ZodType,
): ZodOpenApiOperationObject {
  return keyed('charts:read', {
    tags: [tag],
    summary,
    requestParams: { header: z.object({ 'Idempotency-Key': IDEMPOTENCY }) },
    requestBody: jsonBody(request),
    responses: { '200': jsonAnswer(summary, response), ...problems(...POSTED) },
  });
}

/** Every `/api/v1` operation, documented from the schemas the routes parse with. */
export const V1_PATHS: ZodOpenApiPathsObject = {
  '/api/v1/charts': {
    post: keyed('charts:write', {
      tags: ['Charts'],
      summary: 'Compute and store a chart',
      description:
        'Give a UT instant with coordinates, or a local date and time with a `placeId` or coordinates and an IANA `zone`. `time.rule` says how the time was read.',
      requestParams: { header: z.object({ 'Idempotency-Key': IDEMPOTENCY }) },
      requestBody: jsonBody(CreateChartRequestSchema),
      responses: {
        '201': jsonAnswer(
          'The chart, its hash and how its time was read.',
          ChartCreatedSchema,
          z.object({ Location: z.string().meta({ description: 'The chart URL.' }) }),
        ),
        ...problems(...POSTED),
      },
    }),
  },
  '/api/v1/charts/{hash}': {
    get: keyed('charts:read', {
      tags: ['Charts'],
      summary: 'A stored chart',
      description: 'Immutable: send `If-None-Match` with the ETag to get 304.',
      requestParams: {
        path: ChartParamsSchema,
        query: FieldsQuerySchema,
        header: z.object({ 'If-None-Match': z.string().optional() }),
      },
      responses: {
        '200': jsonAnswer(
          'The chart and its birth data.',
          StoredChartSchema,
          z.object({ ETag: z.string() }),
        ),
        '304': { description: 'Not modified.' },
        ...problems(...KEYED, 404, 422),
      },
    }),
  },
  '/api/v1/places': {
    get: keyed('places:read', {
      tags: ['Places'],
      summary: 'Search places',
      requestParams: { query: PlacesQuerySchema },
      responses: {
        '200': jsonAnswer(
          'A page of places, best first.',
          PlacesPageSchema,
          z.object({ Link: z.string().optional().meta({ description: '`<next>; rel="next"`' }) }),
        ),
        ...problems(...KEYED, 422),
      },
    }),
  },
  '/api/v1/aspects': {
    post: compute('Techniques', 'Aspects of a chart', AspectsRequestSchema, AspectsResponseSchema),
  },
  '/api/v1/transits': {
    post: compute('Techniques', 'Transits', TransitsRequestSchema, TransitsResponseSchema),
  },
  '/api/v1/synastry': {
    post: compute('Techniques', 'Synastry', SynastryRequestSchema, SynastryResponseSchema),
  },
  '/api/v1/composite': {
    post: compute('Techniques', 'Composite chart', CompositeRequestSchema, CompositeResponseSchema),
  },
  '/api/v1/progressions': {
    post: compute(
      'Techniques',
      'Secondary progressions',
      ProgressionsRequestSchema,
      ProgressionsResponseSchema,
    ),
  },
  '/api/v1/returns/solar': {
    post: compute(
      'Techniques',
      'Solar return',
      SolarReturnRequestSchema,
      SolarReturnResponseSchema,
    ),
  },
  '/api/v1/returns/lunar': {
    post: compute(
      'Techniques',
      'Lunar returns',
      LunarReturnRequestSchema,
      LunarReturnResponseSchema,
    ),
  },
  '/api/v1/readings': {
    post: keyed('readings:write', {
      tags: ['Readings'],
      summary: 'Request a reading',
      description:
        'Starts (or joins) the reading of a stored chart. Sections arrive in the socket.io room `room`; connect to `realtime.url` with `auth: { token: realtime.token }`, or poll the `Location`.',
      requestParams: { header: z.object({ 'Idempotency-Key': IDEMPOTENCY }) },
      requestBody: jsonBody(ReadingRequestSchema),
      responses: {
        '202': jsonAnswer(
          'Accepted: what is written so far and where the rest arrives.',
          ReadingAcceptedSchema,
          z.object({ Location: z.string() }),
        ),
        ...problems(...POSTED, 404),
      },
    }),
  },
  '/api/v1/readings/{hash}/{locale}': {
    get: keyed('readings:read', {
      tags: ['Readings'],
      summary: 'A reading’s progress',
      requestParams: { path: ReadingParamsSchema, query: FieldsQuerySchema },
      responses: {
        '200': jsonAnswer('Status and the sections written so far.', ReadingStateSchema),
        ...problems(...KEYED, 404, 422),
      },
    }),
  },
  '/api/v1/famous': {
    get: keyed('famous:read', {
      tags: ['Famous people'],
      summary: 'List or search famous people',
      description:
        'Everyone in name order, or a name search (`q`) best match first; `category` narrows either. Each person carries a source and a Rodden rating.',
      requestParams: { query: FamousQuerySchema },
      responses: {
        '200': jsonAnswer(
          'A page of famous people.',
          FamousPageSchema,
          z.object({ Link: z.string().optional().meta({ description: '`<next>; rel="next"`' }) }),
        ),
        ...problems(...KEYED, 422),
      },
    }),
  },
  '/api/v1/famous/{id}': {
    get: keyed('famous:read', {
      tags: ['Famous people'],
      summary: 'A famous person and their chart',
      description: 'Send `If-None-Match` with the ETag to get 304.',
      requestParams: {
        path: FamousParamsSchema,
        query: FieldsQuerySchema,
        header: z.object({ 'If-None-Match': z.string().optional() }),
      },
      responses: {
        '200': jsonAnswer(
          'The dataset entry and the natal chart it gives.',
          FamousPersonChartSchema,
          z.object({ ETag: z.string() }),
        ),
        '304': { description: 'Not modified.' },
        ...problems(...KEYED, 404, 422),
      },
    }),
  },
  '/api/v1/openapi.json': {
    get: {
      tags: ['Meta'],
      summary: 'This document',
      security: [],
      responses: { '200': { description: 'OpenAPI 3.1 document.' } },
    },
  },
};
