import type { User } from '@/db/schema';
import { db } from '@/db/client';
import { findUserById } from '@/lib/accounts/find-user';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { route, type RouteContext } from '@/lib/http/route-handler';
import { auth } from './auth';

export interface SessionContext<P> extends RouteContext<P> {
  /** The signed-in user, fresh from the database. */
  user: User;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins a same-origin request may name: the one it was sent to, and `APP_URL`'s. */
function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  // Behind a proxy the browser's host and scheme are forwarded; Next's server actions trust them too.
  const host =
    request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  const proto =
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.slice(0, -1);
  if (host) origins.add(`${proto}://${host}`);
  const appUrl = env().APP_URL;
  if (appUrl) origins.add(new URL(appUrl).origin);
  return origins;
}

function originOf(header: string | null): string | undefined {
  if (!header || header === 'null') return undefined;
  try {
    return new URL(header).origin;
  } catch {
    return undefined;
  }
}

/**
 * CSRF defence for cookie-authenticated writes: a JSON content type cannot be sent
 * cross-site without a CORS preflight (which we never grant), and the `Origin` the browser
 * sets must be ours.
 */
function checkWrite(request: Request): void {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new AppError('unsupported_media_type', 'Send content-type: application/json');
  }
  const origin = originOf(request.headers.get('origin'));
  if (!origin || !ownOrigins(request).has(origin)) {
    throw new AppError('forbidden', 'Cross-origin requests are not allowed');
  }
}

export interface WithSessionOptions {
  /** A role the user must hold, checked against the database (a demoted admin loses it at once). */
  role?: User['role'];
}

/**
 * A route for the signed-in user's own data, authenticated by the session cookie: 401
 * problem when signed out, 403 without the required role, and the CSRF checks on every
 * method that writes. Built on `route()`, so errors become problem+json and every request
 * is logged.
 *
 * @example
 * export const GET = withSession(async (_request, { user }) =>
 *   Response.json(await listApiKeys(db(), { userId: user.id })),
 * );
 */
export function withSession<P = Record<string, never>>(
  handler: (request: Request, context: SessionContext<P>) => Promise<Response>,
  options: WithSessionOptions = {},
) {
  return route<P>(async (request, context) => {
    if (!SAFE_METHODS.has(request.method)) checkWrite(request);
    const session = await auth();
    const user = session?.user?.id ? await findUserById(db(), session.user.id) : undefined;
    if (!user) throw new AppError('unauthenticated', 'Sign in to manage your account');
    if (options.role && user.role !== options.role) {
      throw new AppError('forbidden', `Only the ${options.role} role may do this`);
    }
    const response = await handler(request, { ...context, user });
    response.headers.set('cache-control', 'no-store');
    return response;
  });
}
