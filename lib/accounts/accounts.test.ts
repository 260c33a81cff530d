import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availableDrivers,
  createTestDatabase,
  type TestDatabase,
} from '@/db/testing/test-database';
import { AppError } from '@/lib/errors/app-error';
import { createUser } from './create-user';
import { findUserByEmail } from './find-user';
import { verifyCredentials } from './verify-credentials';

describe.each(availableDrivers())('accounts on %s', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('applied every migration, roles included', async () => {
    const roles = await database.db.execute<{ name: string }>(
      sql`select name from roles order by name`,
    );
    const rows = Array.isArray(roles) ? roles : (roles as { rows: { name: string }[] }).rows;
    expect(rows.map((r) => r.name)).toEqual(['admin', 'user']);
  });

  it('signs up, then signs in with the password and only with it', async () => {
    const created = await createUser(database.db, {
      name: 'Ada',
      email: 'ada@example.test',
      password: 'correct horse battery',
    });
    expect(created.role).toBe('user');
    expect(created).not.toHaveProperty('passwordHash');

    const ok = await verifyCredentials(database.db, 'ADA@example.test ', 'correct horse battery');
    expect(ok?.id).toBe(created.id);
    expect(await verifyCredentials(database.db, 'ada@example.test', 'wrong horse')).toBeNull();
    expect(await verifyCredentials(database.db, 'nobody@example.test', 'x')).toBeNull();
  });

  it('stores a hash, never the password', async () => {
    const user = await findUserByEmail(database.db, 'ada@example.test');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain('correct horse');
  });

  it('refuses a second account for one email, whatever its case, even when racing', async () => {
    const attempt = (email: string) =>
      createUser(database.db, { name: 'Twin', email, password: 'twin password 1' });
    const results = await Promise.allSettled([
      attempt('twin@example.test'),
      attempt('TWIN@example.test'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(AppError);
    expect((failure.reason as AppError).code).toBe('email_taken');
  });
});
