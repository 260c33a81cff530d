import type { CommandArgs } from '../reply';

/**
 * Commands the REST protocol cannot offer: every request shares one connection, so nothing
 * may change connection state, wait, or stream. Transactions go through `/multi-exec`.
 */
const UNSUPPORTED = new Set([
  // connection state
  'auth',
  'hello',
  'select',
  'client',
  'quit',
  'reset',
  'readonly',
  'readwrite',
  'asking',
  'swapdb',
  'move',
  // transactions outside /multi-exec
  'multi',
  'exec',
  'discard',
  'watch',
  'unwatch',
  // streaming
  'subscribe',
  'unsubscribe',
  'psubscribe',
  'punsubscribe',
  'ssubscribe',
  'sunsubscribe',
  'monitor',
  'sync',
  'psync',
  'replconf',
  // blocking
  'blpop',
  'brpop',
  'brpoplpush',
  'blmove',
  'blmpop',
  'bzpopmin',
  'bzpopmax',
  'bzmpop',
  'wait',
  'waitaof',
  // server administration
  'shutdown',
  'debug',
  'config',
  'acl',
  'module',
  'replicaof',
  'slaveof',
  'failover',
  'cluster',
  'migrate',
  'save',
  'bgsave',
  'bgrewriteaof',
]);

const BLOCK_OPTION = new Set(['xread', 'xreadgroup']);

/** Redis-style error text when the command cannot go over REST, otherwise undefined. */
export function refusal(args: CommandArgs): string | undefined {
  const name = (args[0] ?? '').toLowerCase();
  const blocks =
    BLOCK_OPTION.has(name) && args.some((arg, i) => i > 0 && arg.toLowerCase() === 'block');
  if (UNSUPPORTED.has(name) || blocks) {
    return `ERR '${name}'${blocks ? ' with BLOCK' : ''} is not supported over the REST protocol`;
  }
  return undefined;
}
