import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '').sort();
}

function load(file: string): Tree {
  return JSON.parse(readFileSync(path.join(__dirname, file), 'utf8')) as Tree;
}

function valueAt(tree: Tree, key: string): string {
  return key
    .split('.')
    .reduce<string | Tree>((node, part) => (node as Tree)[part] ?? '', tree) as string;
}

const english = load('en.json');
const englishKeys = leafKeys(english);
const others = readdirSync(__dirname).filter((f) => f.endsWith('.json') && f !== 'en.json');

describe.each(others)('%s', (file) => {
  const messages = load(file);
  const keys = new Set(leafKeys(messages));

  it('has every key that en.json has', () => {
    expect(englishKeys.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has no key that en.json lacks', () => {
    const known = new Set(englishKeys);
    expect([...keys].filter((k) => !known.has(k))).toEqual([]);
  });

  it('keeps the placeholders of each English message', () => {
    const mismatched = englishKeys.filter(
      (k) => placeholders(valueAt(english, k)).join() !== placeholders(valueAt(messages, k)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...keys].filter((k) => valueAt(messages, k).trim() === '')).toEqual([]);
  });
});
