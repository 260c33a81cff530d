/** Shebang flags Redis 7 understands; any other flag makes it refuse the whole script. */
export const REDIS_SCRIPT_FLAGS: ReadonlySet<string> = new Set([
  'no-writes',
  'allow-oom',
  'allow-stale',
  'no-cluster',
  'allow-cross-slot-keys',
]);

/**
 * Removes the shebang flags vanilla Redis rejects, such as Upstash's `allow-key-locking` that
 * @upstash/ratelimit declares, keeping known flags, the `#!lua` line itself and so the line
 * numbers in error messages. Scripts without such flags come back unchanged (same SHA).
 *
 * @example
 * stripUnknownScriptFlags('#!lua flags=allow-key-locking,no-writes\nreturn 1');
 * // '#!lua flags=no-writes\nreturn 1'
 */
export function stripUnknownScriptFlags(script: string): string {
  if (!script.startsWith('#!')) return script;
  const lineEnd = script.indexOf('\n');
  const shebang = lineEnd === -1 ? script : script.slice(0, lineEnd);
  let changed = false;
  const parts = shebang.split(/[ \t]+/).flatMap((part) => {
    if (!part.startsWith('flags=')) return [part];
    const flags = part.slice('flags='.length).split(',');
    const kept = flags.filter((flag) => REDIS_SCRIPT_FLAGS.has(flag));
    if (kept.length === flags.length) return [part];
    changed = true;
    return kept.length > 0 ? [`flags=${kept.join(',')}`] : [];
  });
  if (!changed) return script;
  return parts.join(' ') + (lineEnd === -1 ? '' : script.slice(lineEnd));
}
