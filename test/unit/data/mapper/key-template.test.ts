import { describe, expect, it } from 'vitest';
import { ABSENT, compileKey } from '#data/mapper/key-template';

describe('compileKey', () => {
  it('renders fields into a template and lists them', () => {
    const key = compileKey('PROJECT#{projectId}#DUE');
    expect(key.fields).toEqual(['projectId']);
    expect(key.render({ projectId: 'p1' })).toBe('PROJECT#p1#DUE');
  });

  it('renders an absent optional field as ~ so it sorts last', () => {
    const key = compileKey('{dueDate?}#{id}');
    expect(key.render({ id: 't1' })).toBe(`${ABSENT}#t1`);
    expect(key.render({ id: 't1', dueDate: '2026-01-02' })).toBe('2026-01-02#t1');
    expect('2026-12-31#x' < String(key.render({ id: 'a' }))).toBe(true);
  });

  it('returns undefined when a required field is missing', () => {
    expect(compileKey('TASK#{id}').render({})).toBeUndefined();
  });

  it('accepts constant templates and key functions', () => {
    expect(compileKey('#META').render({})).toBe('#META');
    const fn = compileKey({ fields: ['a'], build: (m: { a: string }) => `X#${m.a.toUpperCase()}` });
    expect(fn.render({ a: 'b' })).toBe('X#B');
    expect(fn.render({})).toBeUndefined();
  });

  it('refuses a malformed template', () => {
    expect(() => compileKey('A#{id')).toThrow(/Malformed/);
  });
});
