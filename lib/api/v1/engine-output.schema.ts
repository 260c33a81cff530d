import { AspectSchema, ChartSchema } from '@/lib/astro/chart/output-schema';

/** The engine's output schemas, named so the OpenAPI document references them once. */
export const ChartOutputSchema = ChartSchema.meta({ id: 'Chart' });
export const AspectOutputSchema = AspectSchema.meta({ id: 'Aspect' });
