import { describe, expect, it } from 'vitest';
import { stripUnknownScriptFlags } from './script-flags';

describe('stripUnknownScriptFlags', () => {
  it('drops the flag vanilla Redis rejects and keeps the shebang line', () => {
    const script = '#!lua flags=allow-key-locking\n  local key = KEYS[1]\n  return key';
    const stripped = stripUnknownScriptFlags(script);
    expect(stripped).toBe('#!lua\n  local key = KEYS[1]\n  return key');
    expect(stripped.split('\n')).toHaveLength(script.split('\n').length);
  });

  it('keeps flags Redis knows next to one it does not', () => {
    expect(
      stripUnknownScriptFlags('#!lua flags=no-writes,allow-key-locking,allow-oom\nreturn 1'),
    ).toBe('#!lua flags=no-writes,allow-oom\nreturn 1');
  });

  it('leaves scripts without unknown flags untouched, so their SHA is unchanged', () => {
    for (const script of ['return 1', '#!lua\nreturn 1', '#!lua flags=no-writes\nreturn 1', '']) {
      expect(stripUnknownScriptFlags(script)).toBe(script);
    }
  });

  it('handles a script that is only a shebang line', () => {
    expect(stripUnknownScriptFlags('#!lua flags=allow-key-locking')).toBe('#!lua');
  });
});
