import { UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { holdToken, refreshDelayMs, stillFresh } from './token-source';

/** A token as a server with its own clock would issue it: iat/exp far from local time. */
function tokenIssuedAt(iatSeconds: number, lifetimeSeconds: number): string {
  return new UnsecuredJWT({})
    .setIssuedAt(iatSeconds)
    .setExpirationTime(iatSeconds + lifetimeSeconds)
    .encode();
}

const NOW = 1_800_000_000_000;

describe('token timing', () => {
  it('refreshes a ten-minute token one minute before it lapses', () => {
    const held = holdToken(tokenIssuedAt(NOW / 1000, 600), NOW);
    expect(held.lifetimeMs).toBe(600_000);
    expect(refreshDelayMs(held, NOW)).toBe(540_000);
    expect(refreshDelayMs(held, NOW + 100_000)).toBe(440_000);
  });

  it('ignores how far the local clock is from the server that issued the token', () => {
    const issuedByFastServer = tokenIssuedAt(NOW / 1000 + 3600, 600);
    const issuedBySlowServer = tokenIssuedAt(NOW / 1000 - 3600, 600);
    expect(refreshDelayMs(holdToken(issuedByFastServer, NOW), NOW)).toBe(540_000);
    expect(refreshDelayMs(holdToken(issuedBySlowServer, NOW), NOW)).toBe(540_000);
    expect(stillFresh(holdToken(issuedBySlowServer, NOW), NOW)).toBe(true);
  });

  it('leads short tokens by a fifth of their life and never spins faster than 1 s', () => {
    expect(refreshDelayMs(holdToken(tokenIssuedAt(NOW / 1000, 10), NOW), NOW)).toBe(8000);
    expect(refreshDelayMs(holdToken('not a jwt', NOW), NOW)).toBe(1000);
  });

  it('does not reuse a token with under 30 s left, or one it cannot read', () => {
    const held = holdToken(tokenIssuedAt(NOW / 1000, 600), NOW);
    expect(stillFresh(held, NOW + 560_000)).toBe(true);
    expect(stillFresh(held, NOW + 580_000)).toBe(false);
    expect(stillFresh(holdToken('garbage', NOW), NOW)).toBe(false);
    expect(stillFresh(undefined, NOW)).toBe(false);
  });
});
