import { randomBytes } from 'node:crypto';
import type { Database } from '@/db/client';
import type { RoleName } from '@/db/schema';
import { createUser } from '@/lib/accounts/create-user';
import { findUserByEmail } from '@/lib/accounts/find-user';
import { AppError } from '@/lib/errors/app-error';

export interface DemoAccount {
  email: string;
  password: string;
  role: RoleName;
  created: boolean;
}

const DEMO = [
  {
    name: 'Demo Admin',
    email: 'admin@orrery.local',
    role: 'admin',
    envPassword: 'DEMO_ADMIN_PASSWORD',
  },
  {
    name: 'Demo User',
    email: 'user@orrery.local',
    role: 'user',
    envPassword: 'DEMO_USER_PASSWORD',
  },
] as const;

/**
 * Creates the demo admin and demo user unless they exist. Passwords come from
 * DEMO_ADMIN_PASSWORD / DEMO_USER_PASSWORD or are generated; they are only known (and
 * returned) when the account is created now, so the caller prints them once.
 */
export async function seedDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const result: DemoAccount[] = [];
  for (const demo of DEMO) {
    const password = process.env[demo.envPassword] ?? randomBytes(9).toString('base64url');
    const existing = await findUserByEmail(db, demo.email);
    if (existing) {
      result.push({ email: demo.email, password: '', role: demo.role, created: false });
      continue;
    }
    try {
      await createUser(db, { name: demo.name, email: demo.email, password, role: demo.role });
      result.push({ email: demo.email, password, role: demo.role, created: true });
    } catch (error) {
      // Another seeder created it between our look-up and insert: it exists, which is the goal.
      if (!(error instanceof AppError && error.code === 'email_taken')) throw error;
      result.push({ email: demo.email, password: '', role: demo.role, created: false });
    }
  }
  return result;
}
