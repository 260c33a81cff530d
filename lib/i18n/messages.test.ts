import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from './routing';

type Messages = { [key: string]: string | Messages };

function load(locale: string): Messages {
  const file = path.join(__dirname, '..', '..', 'messages', `${locale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** Every leaf of a message tree as `dotted.key → text`. */
function flatten(tree: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else for (const [k, v] of flatten(value, at)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments and rich-text tags a message uses; a translation must use the same ones. */
function slots(text: string): string[] {
  const args = [...text.matchAll(/\{\s*([A-Za-z_][\w]*)/g)].map(([, name]) => `{${name}}`);
  const tags = [...text.matchAll(/<([A-Za-z][\w]*)>/g)].map(([, name]) => `<${name}>`);
  return [...new Set([...args, ...tags])].sort();
}

const english = flatten(load('en'));

describe.each(routing.locales.filter((l) => l !== 'en'))('messages/%s.json', (locale) => {
  const messages = flatten(load(locale));

  it('has every message en has, and no other', () => {
    expect([...messages.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !messages.has(k))).toEqual([]);
  });

  it('fills every message with text', () => {
    expect([...messages].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same arguments and tags as en in each message', () => {
    const mismatched = [...english]
      .filter(([key]) => messages.has(key))
      .filter(([key, text]) => slots(text).join() !== slots(messages.get(key)!).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
