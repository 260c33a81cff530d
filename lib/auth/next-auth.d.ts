import type { DefaultSession } from 'next-auth';
import type { RoleName } from '@/db/schema';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: RoleName } & DefaultSession['user'];
  }
}
