/**
 * Whether this code runs inside the Next server (the bundler defines NEXT_RUNTIME). Only
 * there are worker-thread entries built; run from source (tests, scripts) they are
 * TypeScript that a plain worker cannot load, so the work stays on the calling thread.
 */
export function insideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === 'nodejs';
}
