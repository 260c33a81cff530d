import { describe, expect, it } from 'vitest';
import { RedisError } from '../reply';
import { encodeReply, toRestResult } from './encode-reply';

describe('encodeReply', () => {
  it('base64-encodes the exact bytes of binary and non-ASCII strings', () => {
    const bytes = Buffer.from([0xff, 0x00, 0xfe, 0x41]);
    expect(Buffer.from(encodeReply(bytes, 'base64') as string, 'base64')).toEqual(bytes);
    const text = 'héllo 🪐 日本';
    expect(Buffer.from(encodeReply(text, 'base64') as string, 'base64').toString('utf8')).toBe(
      text,
    );
  });

  it('keeps integers and nil as JSON numbers and null, at any depth', () => {
    const encoded = encodeReply([1, null, [Buffer.from('a'), [-7, null]]], 'base64');
    expect(encoded).toEqual([1, null, [Buffer.from('a').toString('base64'), [-7, null]]]);
  });

  it('answers plain text without the encoding header', () => {
    expect(encodeReply([Buffer.from('hé'), 'OK'], 'utf8')).toEqual(['hé', 'OK']);
  });

  it('turns an error nested in an array into its text', () => {
    expect(encodeReply([new RedisError('ERR inner')], 'utf8')).toEqual(['ERR inner']);
  });
});

describe('toRestResult', () => {
  it('answers {result} or {error} with the error text unchanged', () => {
    expect(toRestResult({ ok: true, reply: 3 }, 'base64')).toEqual({ result: 3 });
    const error = 'NOSCRIPT No matching script. Please use EVAL.';
    expect(toRestResult({ ok: false, error }, 'base64')).toEqual({ error });
  });
});
