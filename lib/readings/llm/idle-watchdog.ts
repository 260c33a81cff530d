/** A signal that aborts when the caller's does or when `kick` has not been called for `ms`. */
export interface IdleWatchdog {
  signal: AbortSignal;
  /** True once the silence, not the caller, caused the abort. */
  readonly stalled: boolean;
  kick(): void;
  stop(): void;
}

/**
 * Aborts a streamed request that goes quiet: a long answer may take minutes in total, but a
 * provider silent for `ms` (before its first byte or between chunks) has stalled.
 *
 * @example
 * const watchdog = idleWatchdog(20_000, signal);
 * await fetch(url, { signal: watchdog.signal }); // then watchdog.kick() on every chunk
 */
export function idleWatchdog(ms: number, parent: AbortSignal): IdleWatchdog {
  const silence = new AbortController();
  let timer = setTimeout(() => silence.abort(), ms);
  return {
    signal: AbortSignal.any([parent, silence.signal]),
    get stalled() {
      return silence.signal.aborted && !parent.aborted;
    },
    kick() {
      clearTimeout(timer);
      timer = setTimeout(() => silence.abort(), ms);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
