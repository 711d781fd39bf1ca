import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '#domain/vocabulary';
import { newId } from '#lib/ids';

describe('newId', () => {
  it('makes ULIDs that sort in the order they were made, unique', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
