import { RedisError } from '../../reply';
import { REDIS_SCRIPT_FLAGS } from '../../protocol/script-flags';

/**
 * The Lua source of an EVAL body, as Redis 7 reads it: an optional `#!lua flags=…` first
 * line is Redis's, not Lua's, so it is validated like Redis does and blanked (keeping line
 * numbers). Flags are accepted but have no effect in the stand-in.
 *
 * @example
 * luaSource('#!lua flags=no-writes\nreturn 1'); // '\nreturn 1'
 */
export function luaSource(body: string): string {
  if (!body.startsWith('#!')) return body;
  const lineEnd = body.indexOf('\n');
  const [engine, ...options] = (lineEnd === -1 ? body : body.slice(0, lineEnd))
    .slice(2)
    .split(/[ \t]+/)
    .filter(Boolean);
  if (engine !== 'lua') throw new RedisError(`ERR Could not find engine '${engine ?? ''}'`);
  for (const option of options) {
    if (!option.startsWith('flags=')) {
      throw new RedisError(`ERR Unknown lua shebang option: ${option}`);
    }
    for (const flag of option.slice('flags='.length).split(',').filter(Boolean)) {
      if (!REDIS_SCRIPT_FLAGS.has(flag)) {
        throw new RedisError(`ERR Unexpected flag in script shebang: ${flag}`);
      }
    }
  }
  return lineEnd === -1 ? '' : body.slice(lineEnd);
}
