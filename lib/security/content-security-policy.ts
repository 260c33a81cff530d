/**
 * The page CSP: scripts only with this request's nonce ('strict-dynamic' lets Next's own
 * chunks load), no framing, no plugins. Styles allow inline because charts set style
 * attributes. `realtimeOrigin` is the sidecar the browser opens a websocket to.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  realtimeOrigin: string;
  dev: boolean;
}): string {
  const realtime = new URL(options.realtimeOrigin);
  const ws = `${realtime.protocol === 'https:' ? 'wss:' : 'ws:'}//${realtime.host}`;
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self' ${realtime.origin} ${ws}${options.dev ? ' ws:' : ''}`,
    `frame-ancestors 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `object-src 'none'`,
  ];
  return directives.join('; ');
}
