import { describe, expect, it } from 'vitest';
import {
  idempotencyRecordEntity,
  jobEntity,
  projectEntity,
  taskAssignmentEntity,
  taskEntity,
} from '#data/entities/index';
import { InvalidModelError } from '#data/mapper/errors';
import { buildIncrement, buildUpdate } from '#data/mapper/update-builder';
import { buildCheck, buildCreate, buildDelete, buildReplace } from '#data/mapper/write-builders';
import { assertDistinctKeys } from '#data/mapper/write-request';
import { NOW, sampleJob, sampleTask } from '#test/support/fixtures';

const ctx = { now: new Date('2026-01-11T00:00:00.000Z') };

/** Expression text with placeholders replaced by the names/values they stand for (for readable assertions). */
function expand(
  text: string | undefined,
  params: { ExpressionAttributeNames?: object; ExpressionAttributeValues?: object },
) {
  let out = text ?? '';
  for (const [k, v] of Object.entries(params.ExpressionAttributeNames ?? {})) out = out.replaceAll(k, v);
  for (const [k, v] of Object.entries(params.ExpressionAttributeValues ?? {}).reverse()) {
    out = out.replaceAll(k, JSON.stringify(v));
  }
  return out;
}

describe('buildCreate', () => {
  it('never overwrites and starts versioned entities at 1', () => {
    const { version: _v, ...input } = sampleTask();
    const request = buildCreate(taskEntity, input, ctx);
    expect(expand(request.params.ConditionExpression, request.params)).toBe('attribute_not_exists(pk)');
    expect(request.params.Item?.version).toBe(1);
    expect(request.intent).toBe('create');
  });

  it('lets a TTL entity reuse the key of an expired record', () => {
    const request = buildCreate(
      idempotencyRecordEntity,
      {
        callerSub: 'a',
        key: 'k',
        requestHash: 'h',
        response: { status: 201, headers: {}, body: '{}' },
        createdAt: NOW,
        ttl: 1,
      },
      ctx,
    );
    expect(expand(request.params.ConditionExpression, request.params)).toBe(
      'attribute_not_exists(pk) OR ttl <= 1768089600',
    );
  });
});

describe('buildIncrement', () => {
  const key = { id: '01J0000000000000000000000P' };

  it('adds to a counter from its initial value, on an existing item, leaving version and updatedAt', () => {
    const request = buildIncrement(projectEntity, key, { ownerCount: 2 }, ctx, {
      initial: { ownerCount: 1 },
    });
    expect(expand(request.params.UpdateExpression, request.params)).toBe(
      'SET ownerCount = if_not_exists(ownerCount, 1) + 2',
    );
    expect(expand(request.params.ConditionExpression, request.params)).toBe('attribute_exists(pk)');
    expect(request.intent).toBe('existing');
  });

  it('refuses key fields, the version and unknown fields', () => {
    const attempt = (deltas: Record<string, number>) => () =>
      buildIncrement(taskEntity, taskKey, deltas, ctx);
    expect(attempt({ version: 1 })).toThrow(InvalidModelError);
    expect(attempt({ id: 1 })).toThrow(InvalidModelError);
    expect(attempt({ nope: 1 })).toThrow(InvalidModelError);
    expect(attempt({})).toThrow(InvalidModelError);
  });
});

const taskKey = { projectId: '01J0000000000000000000000P', id: '01J0000000000000000000000T' };

describe('buildUpdate', () => {
  const key = { projectId: '01J0000000000000000000000P', id: '01J0000000000000000000000T' };

  it('sets the given fields through placeholders, bumps version and updatedAt, and locks', () => {
    const request = buildUpdate(taskEntity, key, { title: 'New', status: 'done' }, ctx, {
      expectedVersion: 3,
    });
    expect(expand(request.params.UpdateExpression, request.params)).toBe(
      'SET title = "New", status = "done", version = version + 1, updatedAt = "2026-01-11T00:00:00.000Z"',
    );
    expect(expand(request.params.ConditionExpression, request.params)).toBe(
      'attribute_exists(pk) AND version = 3',
    );
    expect(request.params.Key).toEqual({ pk: `PROJECT#${key.projectId}`, sk: `TASK#${key.id}` });
  });

  it('removes the optional fields it is told to remove and rebuilds the index key they feed', () => {
    const request = buildUpdate(taskEntity, key, {}, ctx, { remove: ['dueDate'] });
    expect(expand(request.params.UpdateExpression, request.params)).toBe(
      `SET version = version + 1, updatedAt = "2026-01-11T00:00:00.000Z", gsi1sk = "~#${key.id}" REMOVE dueDate`,
    );
  });

  it('leaves a field given as undefined as it is', () => {
    const request = buildUpdate(taskEntity, key, { title: 'x', dueDate: undefined }, ctx);
    expect(request.params.UpdateExpression).not.toContain('REMOVE');
    expect(() => buildUpdate(taskEntity, key, { dueDate: undefined }, ctx)).toThrow(/without changes/);
  });

  it('does not apply schema defaults to fields it was not given', () => {
    const request = buildUpdate(taskEntity, key, { title: 'x' }, ctx);
    expect(request.params.UpdateExpression).not.toContain('labels');
  });

  it('refuses key, server-owned, unknown and required-removed fields', () => {
    const attempt =
      (changes: object, remove: string[] = []) =>
      () =>
        buildUpdate<Record<string, unknown>>(taskEntity, key, changes, ctx, { remove });
    expect(attempt({ id: 'x' })).toThrow(/id \(key or server-owned\)/);
    expect(attempt({ version: 9 })).toThrow(InvalidModelError);
    expect(attempt({ createdAt: NOW })).toThrow(/server-owned/);
    expect(attempt({ colour: 'red' })).toThrow(/colour \(unknown\)/);
    expect(attempt({}, ['title'])).toThrow(/title \(required; cannot be removed\)/);
    expect(attempt({}, ['id'])).toThrow(/id \(key or server-owned\)/);
    expect(attempt({ dueDate: '2026-09-09' }, ['dueDate'])).toThrow(/dueDate \(both changed and removed\)/);
    expect(attempt({ priority: 'whenever' })).toThrow(/priority/);
    expect(attempt({})).toThrow(/without changes/);
  });

  it('needs the current values an index key is rebuilt from', () => {
    const id = '01J0000000000000000000000T';
    const attempt = () => buildUpdate(taskAssignmentEntity, { id }, { dueDate: '2026-09-09' }, ctx);
    expect(attempt).toThrow(/gsi1sk needs status/);
    const request = buildUpdate(taskAssignmentEntity, { id, status: 'todo' }, { dueDate: '2026-09-09' }, ctx);
    expect(expand(request.params.UpdateExpression, request.params)).toContain(
      `gsi1sk = "todo#2026-09-09#${id}"`,
    );
  });

  it('guards TTL entities against updating an expired item and ANDs an extra condition', () => {
    const request = buildUpdate(jobEntity, { id: sampleJob().id }, { status: 'running' }, ctx, {
      condition: { status: 'queued' },
    });
    expect(expand(request.params.ConditionExpression, request.params)).toBe(
      'attribute_exists(pk) AND (attribute_not_exists(ttl) OR ttl > 1768089600) AND status = "queued"',
    );
  });
});

describe('buildReplace / buildDelete / buildCheck', () => {
  it('replace locks on the model version and stores version + 1', () => {
    const task = sampleTask({ version: 4 });
    const request = buildReplace(taskEntity, task, ctx);
    expect(request.params.Item?.version).toBe(5);
    expect(request.expectedVersion).toBe(4);
    expect(expand(request.params.ConditionExpression, request.params)).toBe(
      'attribute_exists(pk) AND version = 4',
    );
  });

  it('delete requires existence unless told otherwise', () => {
    const key = { projectId: '01J0000000000000000000000P', id: '01J0000000000000000000000T' };
    expect(buildDelete(taskEntity, key, ctx).params.ConditionExpression).toBe('attribute_exists(#n0)');
    const loose = buildDelete(taskEntity, key, ctx, { mustExist: false });
    expect(loose.params.ConditionExpression).toBeUndefined();
    expect(loose.intent).toBe('any');
  });

  it('check asserts existence or absence', () => {
    const key = { projectId: '01J0000000000000000000000P', id: '01J0000000000000000000000T' };
    expect(buildCheck(taskEntity, key, ctx, { exists: false }).intent).toBe('create');
    expect(buildCheck(taskEntity, key, ctx, { expectedVersion: 2 }).params.ExpressionAttributeValues).toEqual(
      {
        ':v0': 2,
      },
    );
  });
});

describe('assertDistinctKeys', () => {
  it('names an item that appears twice in one transaction', () => {
    const task = sampleTask();
    const twice = [buildReplace(taskEntity, task, ctx), buildCheck(taskEntity, task, ctx)];
    expect(() => assertDistinctKeys(twice)).toThrow(
      `Task PROJECT#${task.projectId}/TASK#${task.id} appears twice`,
    );
    expect(() => assertDistinctKeys([buildReplace(taskEntity, task, ctx)])).not.toThrow();
  });
});
