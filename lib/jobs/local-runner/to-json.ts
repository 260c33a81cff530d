/**
 * What a value becomes after a trip through Inngest's step state: JSON, with `undefined`
 * as `null`, Dates as ISO strings, Maps and class instances as plain objects.
 *
 * @example toJson({ at: new Date(0), skip: undefined }) // { at: '1970-01-01T00:00:00.000Z' }
 */
export function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}
