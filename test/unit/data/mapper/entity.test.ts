import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { membershipEntity, taskEntity } from '#data/entities/index';
import { defineEntity } from '#data/mapper/entity';
import { CorruptItemError, InvalidModelError } from '#data/mapper/errors';
import { sampleTask } from '#test/support/fixtures';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('defineEntity', () => {
  it('maps a model to an item with keys and tag, and back without them', () => {
    const task = sampleTask({ dueDate: '2026-05-01', labels: ['a'] });
    const item = taskEntity.toItem(task);
    expect(item).toMatchObject({ pk: `PROJECT#${task.projectId}`, sk: `TASK#${task.id}`, _et: 'Task' });
    expect(taskEntity.fromItem(item)).toEqual(task);
  });

  it('strips unknown attributes on the way out', () => {
    const item = { ...taskEntity.toItem(sampleTask()), secretNote: 'internal', gsi1pk: 'x' };
    const model = taskEntity.fromItem(item);
    expect(model).not.toHaveProperty('secretNote');
    expect(model).not.toHaveProperty('pk');
    expect(model).not.toHaveProperty('_et');
  });

  it('names the key and the failing fields of a corrupt item', () => {
    const item: Record<string, unknown> = { ...taskEntity.toItem(sampleTask()), status: 'lost', title: 7 };
    const error = thrown(() => taskEntity.fromItem(item)) as CorruptItemError;
    expect(error).toBeInstanceOf(CorruptItemError);
    expect(error.key).toEqual({ pk: item.pk, sk: item.sk });
    expect(error.fields.sort()).toEqual(['status', 'title']);
    expect(error.code).toBe('corrupt_item');
  });

  it('treats another entity’s item as corrupt (foreign tag)', () => {
    const member = membershipEntity.toItem({
      projectId: '01J0000000000000000000000P',
      userId: 'u',
      role: 'member',
      addedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
    });
    const error = thrown(() => taskEntity.fromItem(member)) as CorruptItemError;
    expect(error.fields).toEqual(['_et']);
  });

  it('validates on the way in', () => {
    const error = thrown(() => taskEntity.toItem({ ...sampleTask(), priority: 'whenever' as never }));
    expect(error).toBeInstanceOf(InvalidModelError);
    expect((error as InvalidModelError).fields).toEqual(['priority']);
  });

  it('marks key fields and server-owned fields immutable', () => {
    expect([...taskEntity.immutable].sort()).toEqual([
      'blockedBy',
      'blocking',
      'completedSubtaskCount',
      'createdAt',
      'createdBy',
      'id',
      'occurrence',
      'openBlockerCount',
      'projectId',
      'subtaskCount',
      'subtreeRevision',
      'updatedAt',
      'version',
    ]);
    expect(taskEntity.versioned).toBe(true);
  });

  it('types key inputs from the templates and refuses incomplete keys at run time', () => {
    // @ts-expect-error the sk template needs `id`
    expect(() => taskEntity.key({ projectId: 'P1' })).toThrow(InvalidModelError);
    expect(taskEntity.key({ projectId: 'P1', id: 'T1' })).toEqual({ pk: 'PROJECT#P1', sk: 'TASK#T1' });
  });

  it('refuses a template naming a field the schema lacks', () => {
    expect(() =>
      defineEntity({
        name: 'Bad',
        schema: z.object({ id: z.string() }),
        keys: { pk: 'X#{nope}', sk: '#META' },
      }),
    ).toThrow(/nope/);
  });
});
