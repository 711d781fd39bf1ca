import { beforeAll, describe, expect, it } from 'vitest';
import { commentEntity, membershipEntity, taskEntity } from '#data/entities/index';
import { getRequest } from '#data/mapper/read-ops';
import { newId } from '#lib/ids';
import { mapperFixture, NOW, sampleTask, unversioned } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture();
});

const taskId = newId();
const projectId = newId();
const comment = (index: number) => ({
  id: newId(),
  taskId,
  projectId,
  authorId: 'alice',
  body: `comment ${index}`,
  createdAt: NOW,
  updatedAt: NOW,
  version: 1,
});

describe('mapper batch operations against DynamoDB Local', () => {
  it('reads membership and task in one call, in request order', async () => {
    const task = await fx.mapper.create(taskEntity, unversioned(sampleTask({ projectId })));
    await fx.mapper.create(membershipEntity, { projectId, userId: 'alice', role: 'owner', addedAt: NOW });
    const [member, found, missing] = await fx.mapper.batchGet([
      getRequest(membershipEntity, { projectId, userId: 'alice' }),
      getRequest(taskEntity, task),
      getRequest(taskEntity, { projectId, id: newId() }),
    ]);
    expect(member?.role).toBe('owner');
    expect(found).toEqual(task);
    expect(missing).toBeUndefined();
  });

  it('writes and reads more than one chunk (25 per write, 100 per read), duplicates included', async () => {
    const comments = Array.from({ length: 130 }, (_, index) => comment(index));
    await fx.mapper.batchWrite({ puts: comments.map((model) => ({ entity: commentEntity, model })) });
    const requests = [...comments, comments[0]].map((c) =>
      getRequest(commentEntity, { taskId, id: c?.id ?? '' }),
    );
    const read = await fx.mapper.batchGet(requests);
    expect(read).toHaveLength(131);
    expect(read.map((c) => c?.body)).toEqual([...comments, comments[0]].map((c) => c?.body));

    const keys = comments.map((c) => commentEntity.key(c));
    await fx.mapper.batchWrite({ deletes: keys });
    const after = await fx.mapper.batchGet(requests);
    expect(after.every((c) => c === undefined)).toBe(true);
  });
});
