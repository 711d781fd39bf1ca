import { beforeAll, describe, expect, it } from 'vitest';
import { type Task, taskEntity } from '#data/entities/task';
import type { Mapper } from '#data/mapper/mapper';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import { expectResponse, type SignedIn, signedInUsers, startTestApi, type TestApi } from '#test/support/api';
import { fixtureMapper, seedProject } from '#test/support/fixtures';
import type { EntityChange } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';

/** Recurring tasks: rules validated, and one next occurrence per completed task, however often its record comes. */
let api: TestApi;
let mapper: Mapper;
let projectId: string;
let users: Record<'member', SignedIn>;
let worker: ReturnType<typeof createWorkerContainer>['handlers'];

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  users = await signedInUsers(api, ['member']);
  worker = createWorkerContainer(api.config).handlers;
});

async function freshProject() {
  projectId = await seedProject(mapper, [{ sub: users.member.sub, role: 'owner' }]);
  return projectId;
}

async function post(fields: Record<string, unknown>) {
  const response = await users.member.client.post(`/v1/projects/${projectId}/tasks`, fields);
  return expectResponse(response, 201, TaskSchema);
}

/** The stream's record of a task's change, as the worker receives it. */
async function completion(taskId: string): Promise<EntityChange> {
  const before = (await mapper.get(taskEntity, { projectId, id: taskId })) as Task;
  const answer = await users.member.client.patch(
    `/v1/tasks/${taskId}`,
    { status: 'done' },
    {
      'if-match': `"${before.version}"`,
    },
  );
  expect(answer.status).toBe(200);
  const after = (await mapper.get(taskEntity, { projectId, id: taskId })) as Task;
  return {
    eventId: `modify-${taskId}`,
    eventName: 'MODIFY',
    entityTag: 'Task',
    keys: {},
    oldImage: taskEntity.toItem(before),
    newImage: taskEntity.toItem(after),
  };
}

async function tasksTitled(title: string) {
  const response = await users.member.client.get(`/v1/projects/${projectId}/tasks?limit=100`);
  return expectResponse(response, 200, TaskPageSchema).items.filter((task) => task.title === title);
}

describe('a recurring task', () => {
  it('refuses a rule outside the subset or a time zone that is not IANA (422 naming the field)', async () => {
    await freshProject();
    for (const [fields, path] of [
      [{ recurrence: 'FREQ=HOURLY' }, 'body.recurrence'],
      [{ recurrence: 'FREQ=DAILY;COUNT=x' }, 'body.recurrence'],
      [{ recurrence: 'FREQ=WEEKLY;BYDAY=XX' }, 'body.recurrence'],
      [{ recurrence: 'FREQ=DAILY;COUNT=2;UNTIL=20270101' }, 'body.recurrence'],
      [{ recurrence: 'FREQ=DAILY', timeZone: 'Mars/Olympus' }, 'body.timeZone'],
    ] as const) {
      const response = await users.member.client.post(`/v1/projects/${projectId}/tasks`, {
        title: 'x',
        ...fields,
      });
      expect(expectResponse(response, 422, ProblemSchema).errors?.map((error) => error.path)).toEqual([path]);
    }
  });

  it('creates one next occurrence when completed, with the next due date, its fields and its subtasks titles', async () => {
    await freshProject();
    const task = await post({
      title: 'Weekly report',
      description: 'Numbers for Monday',
      labels: ['ops'],
      assigneeId: users.member.sub,
      dueDate: '2026-12-07',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'Europe/Berlin',
    });
    await post({ title: 'Collect numbers', parentTaskId: task.id });
    await post({ title: 'Send it', parentTaskId: task.id });
    const change = await completion(task.id);
    // Concurrent handlers of the same record, then a redelivery of it.
    await Promise.all([worker.recurrence(change), worker.recurrence(change), worker.recurrence(change)]);
    await worker.recurrence(change);

    const series = await tasksTitled('Weekly report');
    expect(series).toHaveLength(2);
    const next = series.find((candidate) => candidate.id !== task.id);
    expect(next).toMatchObject({
      status: 'todo',
      description: 'Numbers for Monday',
      labels: ['ops'],
      assigneeId: users.member.sub,
      dueDate: '2026-12-14',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'Europe/Berlin',
      occurrence: 2,
      subtaskCount: 2,
    });
    const subtasks = await users.member.client.get(`/v1/tasks/${next?.id}/subtasks`);
    expect(
      expectResponse(subtasks, 200, TaskPageSchema)
        .items.map((sub) => sub.title)
        .sort(),
    ).toEqual(['Collect numbers', 'Send it']);
    // The completed one keeps its history.
    const completed = await users.member.client.get(`/v1/tasks/${task.id}`);
    expect(expectResponse(completed, 200, TaskSchema)).toMatchObject({ status: 'done', subtaskCount: 2 });
  });

  it('creates none when its rule has ended (COUNT reached, or past UNTIL)', async () => {
    await freshProject();
    const counted = await post({ title: 'Once', dueDate: '2026-12-07', recurrence: 'FREQ=DAILY;COUNT=1' });
    await worker.recurrence(await completion(counted.id));
    expect(await tasksTitled('Once')).toHaveLength(1);
    const until = await post({
      title: 'Until',
      dueDate: '2026-12-07',
      recurrence: 'FREQ=MONTHLY;UNTIL=20261231',
    });
    await worker.recurrence(await completion(until.id));
    expect(await tasksTitled('Until')).toHaveLength(1);
  });
});
