import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { CLIENT_NAMESPACES, clientMessages } from './client-messages';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Namespaces named by hook calls: the hooks are what runs in client components. */
function namespacesUsedByHooks(): Set<string> {
  const used = new Set<string>();
  for (const file of ['app', 'components', 'lib'].flatMap(sourceFiles)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/useTranslations\((.*?)\)/g)) {
      const literal = /^'([A-Za-z]+)[.'A-Za-z]*'$/.exec(match[1] ?? '');
      expect(literal, `${file}: useTranslations needs a literal namespace`).not.toBeNull();
      used.add(literal![1]!);
    }
  }
  return used;
}

describe('client messages', () => {
  it('lists exactly the namespaces client components use', () => {
    expect([...CLIENT_NAMESPACES].sort()).toEqual([...namespacesUsedByHooks()].sort());
  });

  it('picks those namespaces and nothing else', () => {
    const picked = clientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked.birth).toEqual(en.birth);
    expect(picked).not.toHaveProperty('chart');
  });
});
