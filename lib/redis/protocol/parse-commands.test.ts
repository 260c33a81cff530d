import { describe, expect, it } from 'vitest';
import { parseCommand, parseCommandList } from './parse-commands';

describe('parseCommand', () => {
  it('turns numbers and booleans into the strings Redis receives', () => {
    expect(parseCommand(['set', 'k', 1.5, true])).toEqual(['set', 'k', '1.5', 'true']);
  });

  it('refuses anything that is not a command', () => {
    for (const body of [[], ['set', null], ['set', { a: 1 }], [''], 'get k', { 0: 'get' }, null]) {
      expect(parseCommand(body)).toBeUndefined();
    }
  });
});

describe('parseCommandList', () => {
  it('reads a list of commands and refuses a list with a bad one', () => {
    expect(
      parseCommandList([
        ['incr', 'n'],
        ['get', 'n'],
      ]),
    ).toEqual([
      ['incr', 'n'],
      ['get', 'n'],
    ]);
    expect(parseCommandList([['incr', 'n'], []])).toBeUndefined();
    expect(parseCommandList([])).toBeUndefined();
  });
});
