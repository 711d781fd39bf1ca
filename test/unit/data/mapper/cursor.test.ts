import { describe, expect, it } from 'vitest';
import { createCursorCodec, cursorBinding } from '#data/mapper/cursor';
import { InvalidCursorError } from '#data/mapper/errors';

const secret = 'unit-test-cursor-secret-0123456789abcdef';
const codec = createCursorCodec({ secret, ttlSeconds: 60 });
const binding = cursorBinding({
  entities: ['Task'],
  index: undefined,
  partition: 'PROJECT#1',
  range: { beginsWith: 'TASK#' },
  filter: { status: 'todo' },
  forward: true,
  caller: 'alice',
});
const key = { pk: 'PROJECT#1', sk: 'TASK#01' };
const attrs = ['pk', 'sk'];

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidCursorError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('cursor codec', () => {
  it('round-trips the last key for the same query', () => {
    const cursor = codec.encode(binding, key, 1000);
    expect(codec.decode(binding, cursor, 1000, attrs)).toEqual(key);
  });

  it('is an invalid_cursor error saying why', () => {
    const error = new InvalidCursorError('signature');
    expect(error.code).toBe('invalid_cursor');
    expect(error.reason).toBe('signature');
  });

  it('rejects a cursor used for another query or another caller', () => {
    const cursor = codec.encode(binding, key, 1000);
    const otherCaller = binding.replace('"alice"', '"bob"');
    const otherFilter = binding.replace('todo', 'done');
    expect(reason(() => codec.decode(otherCaller, cursor, 1000, attrs))).toBe('signature');
    expect(reason(() => codec.decode(otherFilter, cursor, 1000, attrs))).toBe('signature');
  });

  it('rejects a tampered payload', () => {
    const [, mac] = codec.encode(binding, key, 1000).split('.');
    const forged = Buffer.from(JSON.stringify({ k: { pk: 'PROJECT#2', sk: 'x' }, e: 5000 })).toString(
      'base64url',
    );
    expect(reason(() => codec.decode(binding, `${forged}.${mac}`, 1000, attrs))).toBe('signature');
  });

  it('rejects a cursor signed with another secret', () => {
    const other = createCursorCodec({ secret: `${secret}-other` });
    expect(reason(() => codec.decode(binding, other.encode(binding, key, 1000), 1000, attrs))).toBe(
      'signature',
    );
  });

  it('rejects an expired cursor', () => {
    const cursor = codec.encode(binding, key, 1000);
    expect(reason(() => codec.decode(binding, cursor, 1060, attrs))).toBe('expired');
  });

  it('rejects garbage and keys with unexpected attributes', () => {
    expect(reason(() => codec.decode(binding, 'not-a-cursor', 1000, attrs))).toBe('malformed');
    expect(reason(() => codec.decode(binding, 'a.b.c', 1000, attrs))).toBe('malformed');
    expect(reason(() => codec.decode(binding, 'x'.repeat(5000), 1000, attrs))).toBe('malformed');
    const cursor = codec.encode(binding, { ...key, extra: 'x' }, 1000);
    expect(reason(() => codec.decode(binding, cursor, 1000, attrs))).toBe('key');
  });

  it('refuses a short secret when built', () => {
    expect(() => createCursorCodec({ secret: 'short' })).toThrow(/32/);
  });
});
