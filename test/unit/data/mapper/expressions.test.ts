import { describe, expect, it } from 'vitest';
import { and, buildFilter, buildKeyCondition, Placeholders } from '#data/mapper/expressions';

const keys = { partitionKey: 'pk', sortKey: 'sk' };

describe('buildFilter', () => {
  it('puts every name and value behind a placeholder', () => {
    const p = new Placeholders();
    const text = buildFilter(p, { status: 'todo', size: { gte: 3 } });
    expect(text).toBe('#n0 = :v0 AND #n1 >= :v1');
    expect(p.names).toEqual({ '#n0': 'status', '#n1': 'size' });
    expect(p.values).toEqual({ ':v0': 'todo', ':v1': 3 });
  });

  it('supports between, begins_with, contains, in, exists and $or', () => {
    const p = new Placeholders();
    const text = buildFilter(p, {
      dueDate: { between: ['2026-01-01', '2026-02-01'] },
      title: { beginsWith: 'Fix' },
      labels: { contains: 'bug' },
      priority: { in: ['high', 'urgent'] },
      assigneeId: { exists: false },
      $or: [{ status: 'todo' }, { status: { ne: 'done' }, leaseUntil: { lt: 'x' } }],
    });
    expect(text).toBe(
      '#n0 BETWEEN :v0 AND :v1 AND begins_with(#n1, :v2) AND contains(#n2, :v3) AND #n3 IN (:v4, :v5)' +
        ' AND attribute_not_exists(#n4) AND (#n5 = :v6 OR #n5 <> :v7 AND #n6 < :v8)',
    );
  });

  it('skips undefined conditions and returns undefined for an empty filter', () => {
    const p = new Placeholders();
    expect(buildFilter(p, { status: undefined })).toBeUndefined();
    expect(buildFilter(p, undefined)).toBeUndefined();
    expect(p.attributes()).toEqual({});
  });

  it('refuses an empty IN list and a comparison without an operator', () => {
    expect(() => buildFilter(new Placeholders(), { a: { in: [] } })).toThrow(/at least one/);
    expect(() => buildFilter(new Placeholders(), { a: {} })).toThrow(/no operator/);
  });
});

describe('buildKeyCondition', () => {
  it('builds the partition condition with an optional range', () => {
    const p = new Placeholders();
    expect(buildKeyCondition(p, keys, 'PROJECT#1', undefined)).toBe('#n0 = :v0');
    expect(buildKeyCondition(p, keys, 'PROJECT#1', { lt: 'N' })).toBe('#n0 = :v1 AND #n1 < :v2');
    expect(buildKeyCondition(p, keys, 'P', { beginsWith: 'TASK#' })).toBe(
      '#n0 = :v3 AND begins_with(#n1, :v4)',
    );
    expect(buildKeyCondition(p, keys, 'P', { between: ['a', 'b'] })).toBe(
      '#n0 = :v5 AND #n1 BETWEEN :v6 AND :v7',
    );
  });
});

describe('and', () => {
  it('joins present parts and wraps them when there are several', () => {
    expect(and(undefined, 'a = b')).toBe('a = b');
    expect(and('a', undefined, 'b')).toBe('a AND b');
    expect(and('a OR b', 'c', '(d OR e)')).toBe('(a OR b) AND c AND (d OR e)');
    expect(and()).toBeUndefined();
  });
});
