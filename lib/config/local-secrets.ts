import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Secrets a local start needs but nobody configured: generated once, kept under `.data/`
 * (git-ignored) so sessions and signed tokens survive restarts. Never used when the
 * variable is set in the environment.
 */
const GENERATED = ['AUTH_SECRET', 'REALTIME_SECRET'] as const;
export type GeneratedSecret = (typeof GENERATED)[number];

export function dataDir(): string {
  // Runtime-chosen folder: keep the bundler from tracing the whole project because of it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.ORRERY_DATA_DIR ?? '.data');
}

export function loadLocalSecrets(): Record<GeneratedSecret, string> {
  const dir = dataDir();
  const file = path.join(dir, 'secrets.json');
  const existing: Partial<Record<GeneratedSecret, string>> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<GeneratedSecret, string>>)
    : {};
  let changed = false;
  for (const name of GENERATED) {
    if (!existing[name]) {
      existing[name] = randomBytes(32).toString('base64url');
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(existing, null, 2), { mode: 0o600 });
  }
  return existing as Record<GeneratedSecret, string>;
}
