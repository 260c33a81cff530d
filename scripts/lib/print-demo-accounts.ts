import type { DemoAccount } from '@/lib/demo/seed-demo-accounts';

export function printDemoAccounts(accounts: DemoAccount[]): void {
  const created = accounts.filter((a) => a.created);
  if (created.length === 0) {
    console.log(
      'Demo accounts already exist (their passwords were printed when they were created).',
    );
    return;
  }
  console.log('\nDemo accounts created (shown once; keep them):');
  for (const a of created)
    console.log(`  ${a.role.padEnd(5)}  ${a.email}  password: ${a.password}`);
  console.log('');
}
