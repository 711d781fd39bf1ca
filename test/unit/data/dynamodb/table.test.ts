import { describe, expect, it } from 'vitest';
import {
  KEY_TEMPLATES,
  parseKey,
  partitions,
  SK_PREFIX,
  STATUS_SHARDS,
  statusShard,
} from '#data/dynamodb/table';
import {
  membershipEntity,
  projectEntity,
  taskAssignmentEntity,
  taskEntity,
  taskRefEntity,
} from '#data/entities/index';
import { newId } from '#lib/ids';
import { sampleMembership, sampleTask } from '#test/support/fixtures';

describe('key design', () => {
  it('keeps a project, its members and its tasks in one partition, project and members first', () => {
    const project = projectEntity.key({ id: 'P1' });
    const member = membershipEntity.key({ projectId: 'P1', userId: 'u1' });
    const task = taskEntity.key({ projectId: 'P1', id: 'T1' });
    expect(new Set([project.pk, member.pk, task.pk])).toEqual(new Set([partitions.project('P1')]));
    expect(project.sk < member.sk && member.sk < task.sk).toBe(true);
  });

  it('indexes a membership under the user for "my projects"', () => {
    const item = membershipEntity.toItem(sampleMembership({ userId: 'bob' }));
    expect(item.gsi1pk).toBe(partitions.userProjects('bob'));
    expect(item.gsi1sk).toBe(`PROJECT#${item.projectId}`);
    expect(item._et).toBe('Membership');
  });

  it('indexes a task by due date, undated tasks last', () => {
    const dated = taskEntity.toItem(sampleTask({ dueDate: '2026-03-01' }));
    const undated = taskEntity.toItem(sampleTask());
    expect(dated.gsi1pk).toBe(partitions.projectTasksByDue(String(dated.projectId)));
    expect(String(dated.gsi1sk) < String(undated.gsi1sk)).toBe(true);
  });

  it('spreads the admin status view over a stable shard per task', () => {
    const task = sampleTask({ status: 'blocked' });
    const ref = taskRefEntity.toItem(task);
    const shard = statusShard(task.id);
    expect(ref.gsi1pk).toBe(partitions.statusShard('blocked', shard));
    expect(ref.gsi1sk).toBe(`${task.createdAt}#${task.id}`);
    expect(statusShard(task.id)).toBe(shard);
    const used = new Set(Array.from({ length: 400 }, () => statusShard(newId())));
    expect(used.size).toBe(STATUS_SHARDS);
  });

  it('indexes an assignment copy under the assignee by status then due date', () => {
    const task = { ...sampleTask({ status: 'in_progress', dueDate: '2026-02-02' }), assigneeId: 'bob' };
    const item = taskAssignmentEntity.toItem(task);
    expect(item.pk).toBe(partitions.task(task.id));
    expect(item.gsi1pk).toBe(partitions.assignee('bob'));
    expect(item.gsi1sk).toBe(`in_progress#2026-02-02#${task.id}`);
    expect(() => taskAssignmentEntity.toItem(sampleTask() as never)).toThrow(/assigneeId/);
  });

  it('derives range prefixes from the templates that write the keys', () => {
    const member = membershipEntity.toItem(sampleMembership({ userId: 'bob' }));
    expect(String(member.sk).startsWith(SK_PREFIX.member)).toBe(true);
    expect(String(member.gsi1sk).startsWith(SK_PREFIX.userProject)).toBe(true);
    expect(taskEntity.key({ projectId: 'P1', id: 'T1' }).sk.startsWith(SK_PREFIX.task)).toBe(true);
    expect(SK_PREFIX).toMatchObject({ member: 'MEMBER#', task: 'TASK#', comment: 'COMMENT#' });
  });

  it('reads the fields of a stored key back through its template, and refuses a foreign key', () => {
    const task = taskEntity.key({ projectId: 'P1', id: '01JTASK' });
    expect(parseKey(KEY_TEMPLATES.task.sk, task.sk)).toEqual({ id: '01JTASK' });
    expect(parseKey(KEY_TEMPLATES.project.pk, task.pk)).toEqual({ id: 'P1' });
    expect(parseKey(KEY_TEMPLATES.job.pk, task.pk)).toBeUndefined();
    expect(parseKey(KEY_TEMPLATES.idempotency.pk, 'IDEMPOTENCY#sub-1#key-1')).toEqual({
      callerSub: 'sub-1',
      key: 'key-1',
    });
    expect(parseKey(KEY_TEMPLATES.project.pk, `${partitions.projectTasksByDue('P1')}`)).toBeUndefined();
  });
});
