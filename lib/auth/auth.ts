import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens, type RoleName } from '@/db/schema';
import { signInSchema } from '@/lib/accounts/credentials-schema';
import { verifyCredentials } from '@/lib/accounts/verify-credentials';
import { env } from '@/lib/config/env';
import { checkSignInLimit } from '@/lib/rate-limit/sign-in';
import { clientIp } from './client-ip';
import { InvalidCredentials, SignInRateLimited } from './sign-in-errors';

function providers(): Provider[] {
  const config = env();
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const limit = await checkSignInLimit({ ip: clientIp(request.headers), email });
        if (!limit.ok) throw new SignInRateLimited();
        const user = await verifyCredentials(db(), email, password);
        if (!user) throw new InvalidCredentials();
        return { id: user.id, name: user.name, email: user.email, role: user.role };
      },
    }),
  ];
  // OAuth providers switch on only when configured.
  if (config.AUTH_GITHUB_ID && config.AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: config.AUTH_GITHUB_ID, clientSecret: config.AUTH_GITHUB_SECRET }));
  }
  if (config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET) {
    list.push(Google({ clientId: config.AUTH_GOOGLE_ID, clientSecret: config.AUTH_GOOGLE_SECRET }));
  }
  return list;
}

// A function, so config and the database are read per request at run time, never at build.
export const { handlers, auth, signIn, signOut } = NextAuth((): NextAuthConfig => {
  const config = env();
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    adapter: DrizzleAdapter(db(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in needs JWT sessions; the adapter still links OAuth accounts.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    pages: { signIn: '/sign-in' },
    providers: providers(),
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.role = (user as { role?: RoleName }).role ?? 'user';
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.user.role = (token.role as RoleName | undefined) ?? 'user';
        return session;
      },
    },
  };
});
