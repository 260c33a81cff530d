import { createHash } from 'node:crypto';

/**
 * A strong ETag for a stored chart's representation: its content hash, the engine that
 * computed it and the `fields` selection, so a new engine or another selection never
 * matches an old copy.
 *
 * @example chartEtag('3fa9c2d17b04e8a1', '1.4.0', null); // '"3fa9c2d17b04e8a1-…"'
 */
export function chartEtag(hash: string, engineVersion: string, fields: string | null): string {
  const variant = createHash('sha256')
    .update(`${engineVersion}\n${fields ?? ''}`)
    .digest('base64url')
    .slice(0, 12);
  return `"${hash}-${variant}"`;
}

/**
 * Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this field).
 *
 * @example matchesIfNoneMatch('W/"a", "b"', '"b"'); // true
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
