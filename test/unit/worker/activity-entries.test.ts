import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { attachmentEntity, deletionEntity, membershipEntity, taskEntity } from '#data/entities/index';
import type { AnyEntity } from '#data/mapper/write-request';
import { sampleMembership, sampleTask } from '#test/support/fixtures';
import { activityEntry, activityOf, changeEntry } from '#worker/activity-entries';
import { toEntityChange } from '#worker/stream/stream-dispatcher';

/** A MODIFY record from `before` to `after`, as the stream carries it. */
function modify(entity: AnyEntity, before: object, after: object) {
  const image = (model: object) => marshall(entity.toItem(model), { removeUndefinedValues: true }) as never;
  const record: DynamoDBRecord = {
    eventID: 'e1',
    eventName: 'MODIFY',
    dynamodb: { NewImage: image(after), OldImage: image(before), SequenceNumber: '1' },
  };
  return toEntityChange(record);
}

function insert(entity: AnyEntity, model: object) {
  const record: DynamoDBRecord = {
    eventID: 'e2',
    eventName: 'INSERT',
    dynamodb: { NewImage: marshall(entity.toItem(model), { removeUndefinedValues: true }) as never },
  };
  return toEntityChange(record);
}

describe('activityOf', () => {
  it('lists every changed field of a task update with its old and new value, and names a status move', () => {
    const before = sampleTask({ title: 'Old', dueDate: '2026-02-01' });
    const after = { ...before, title: 'New', status: 'done' as const, version: 2, updatedBy: 'bob' };
    delete (after as { dueDate?: string }).dueDate;
    const draft = activityOf(modify(taskEntity, before, after));
    expect(draft).toMatchObject({
      action: 'task.moved',
      actorId: 'bob',
      resourceVersion: 2,
      entryKey: `task.${before.id}.v2`,
      changes: [
        { field: 'title', from: 'Old', to: 'New' },
        { field: 'status', from: 'todo', to: 'done' },
        { field: 'dueDate', from: '2026-02-01' },
      ],
    });
  });

  it('names an assignment, and a plain update', () => {
    const before = sampleTask();
    const assigned = activityOf(modify(taskEntity, before, { ...before, assigneeId: 'carol', version: 2 }));
    expect(assigned?.action).toBe('task.assigned');
    const edited = activityOf(modify(taskEntity, before, { ...before, priority: 'high', version: 2 }));
    expect(edited?.action).toBe('task.updated');
  });

  it('is the same draft for the same record (the key of idempotent recording)', () => {
    const task = sampleTask();
    const change = insert(taskEntity, task);
    expect(activityOf(change)).toEqual(activityOf(change));
    expect(activityOf(change)?.entryKey).toBe(`task.${task.id}.v1`);
  });

  it('skips what is no user change: an unversioned bump, a pending upload, a role kept', () => {
    const membership = sampleMembership();
    expect(activityOf(modify(membershipEntity, membership, { ...membership }))).toBeUndefined();
    const pending = {
      id: '01J0000000000000000000000A',
      taskId: '01J0000000000000000000000T',
      projectId: membership.projectId,
      filename: 'a.txt',
      contentType: 'text/plain',
      size: 1,
      status: 'pending' as const,
      objectKey: 'k',
      createdBy: 'alice',
      createdAt: membership.addedAt,
      updatedAt: membership.addedAt,
      version: 1,
    };
    expect(activityOf(insert(attachmentEntity, pending))).toBeUndefined();
    expect(
      activityOf(modify(attachmentEntity, pending, { ...pending, status: 'ready', version: 2 }))?.action,
    ).toBe('attachment.added');
  });

  it('records a deletion from its marker: who deleted which version, as a tombstone in the feed', () => {
    const marker = {
      projectId: '01J0000000000000000000000P',
      taskId: '01J0000000000000000000000T',
      resource: 'task' as const,
      resourceId: '01J0000000000000000000000T',
      resourceVersion: 4,
      deletedBy: 'dave',
      deletedAt: '2026-03-01T00:00:00.000Z',
      ttl: 1,
    };
    const draft = activityOf(insert(deletionEntity, marker));
    expect(draft).toMatchObject({ action: 'task.deleted', actorId: 'dave', resourceVersion: 5 });
    const recordedAt = new Date('2026-03-01T00:00:01.000Z');
    if (!draft) throw new Error('no draft');
    expect(changeEntry(draft, recordedAt, 60)).toMatchObject({
      deleted: true,
      recordedAt: recordedAt.toISOString(),
    });
    expect(changeEntry(draft, recordedAt, 60)?.data).toBeUndefined();
    expect(activityEntry(draft, 60).ttl).toBe(Date.parse(marker.deletedAt) / 1000 + 60);
  });
});
