import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (csp: string, name: string) =>
  csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce in production', () => {
    const csp = contentSecurityPolicy({
      nonce: 'abc123',
      realtimeOrigin: 'https://rt.example',
      dev: false,
    });
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('lets the page reach the realtime sidecar over HTTP and websocket', () => {
    const csp = contentSecurityPolicy({
      nonce: 'n',
      realtimeOrigin: 'https://rt.example:8443',
      dev: false,
    });
    expect(directive(csp, 'connect-src')).toBe(
      "connect-src 'self' https://rt.example:8443 wss://rt.example:8443",
    );
  });
});
