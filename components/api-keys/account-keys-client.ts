import type { ApiKeyView, IssuedApiKeyView } from '@/app/api/account/keys/key-view';

/** A refusal from the account keys API: its stable code and the fields it names. */
export class AccountKeysError extends Error {
  constructor(
    readonly code: string,
    readonly fields: string[],
  ) {
    super(code);
  }
}

interface ProblemBody {
  code?: string;
  errors?: { field: string }[];
}

async function send<T>(path: string, method: 'POST' | 'DELETE', body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      // The API refuses writes without this type: part of its CSRF defence.
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
      cache: 'no-store',
    });
  } catch {
    throw new AccountKeysError('network', []);
  }
  const parsed = (await response.json().catch(() => ({}))) as T & ProblemBody;
  if (!response.ok) {
    throw new AccountKeysError(
      parsed.code ?? 'internal',
      (parsed.errors ?? []).map((e) => e.field),
    );
  }
  return parsed;
}

export interface NewKeyInput {
  name: string;
  environment: string;
  scopes: string[];
}

/** Issues a key for the signed-in user; the answer holds the only copy of the secret. */
export function createKey(input: NewKeyInput): Promise<IssuedApiKeyView> {
  return send('/api/account/keys', 'POST', input);
}

/** A new secret for the key; the old one stops working at once. */
export function rollKey(id: string): Promise<IssuedApiKeyView> {
  return send(`/api/account/keys/${encodeURIComponent(id)}/roll`, 'POST');
}

/** Revokes the key for good. */
export async function revokeKey(id: string): Promise<ApiKeyView> {
  const { apiKey } = await send<{ apiKey: ApiKeyView }>(
    `/api/account/keys/${encodeURIComponent(id)}`,
    'DELETE',
  );
  return apiKey;
}
