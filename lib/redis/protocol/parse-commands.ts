import type { CommandArgs } from '../reply';

/**
 * Reads one command as @upstash/redis sends it: a JSON array whose items are strings,
 * numbers or booleans (objects arrive already JSON-encoded as strings).
 *
 * @example
 * parseCommand(['set', 'k', 1]); // ['set', 'k', '1']
 * parseCommand([]); // undefined
 */
export function parseCommand(body: unknown): CommandArgs | undefined {
  if (!Array.isArray(body) || body.length === 0) return undefined;
  const args: string[] = [];
  for (const item of body) {
    if (typeof item === 'string') args.push(item);
    else if (typeof item === 'number' || typeof item === 'boolean') args.push(String(item));
    else return undefined;
  }
  return args[0] ? args : undefined;
}

/** Reads the body of `/pipeline` or `/multi-exec`: a non-empty array of commands. */
export function parseCommandList(body: unknown): CommandArgs[] | undefined {
  if (!Array.isArray(body) || body.length === 0) return undefined;
  const commands: CommandArgs[] = [];
  for (const item of body) {
    const args = parseCommand(item);
    if (!args) return undefined;
    commands.push(args);
  }
  return commands;
}
