import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './form-state';

describe('safeReturnPath', () => {
  it('keeps same-site paths', () => {
    expect(safeReturnPath('/de/account?tab=1', '/en')).toBe('/de/account?tab=1');
  });

  it.each(['//evil.example/x', 'https://evil.example', '/\\evil.example', 'account', '', null, 42])(
    'refuses %s',
    (value) => {
      expect(safeReturnPath(value, '/en/account')).toBe('/en/account');
    },
  );
});
