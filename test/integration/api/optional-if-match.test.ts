import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectSchema } from '#http/schemas/project';
import { TaskSchema } from '#http/schemas/task';
import {
  clientFor,
  expectResponse,
  signedInUser,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';

/*
 * Clients written without If-Match (the habit of GitHub, Asana, Linear and Todoist clients):
 * their writes apply to the current version, and concurrent ones are never lost.
 */

let api: TestApi;
let owner: TestUser;

beforeAll(async () => {
  // A loaded machine's DynamoDB Local answers dozens of transactions at once slowly: generous limits.
  api = await startTestApi({ OUTBOUND_REQUEST_TIMEOUT_MS: '15000', REQUEST_DEADLINE_MS: '20000' });
  owner = await signedInUser(api, 'no-if-match');
});

const PAIRS = 24;
/** Pairs sent at once: each pair races itself, and the waves keep DynamoDB Local answering. */
const WAVE = 6;

/** Runs `send` for every index, WAVE at a time. */
async function inWaves<T>(count: number, send: (index: number) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += WAVE) {
    const wave = Array.from({ length: Math.min(WAVE, count - start) }, (_, offset) => send(start + offset));
    results.push(...(await Promise.all(wave)).flat());
  }
  return results;
}

describe('writes without If-Match', () => {
  it(`keep both fields of ${PAIRS} concurrent PATCH pairs on one task each (zero lost fields)`, async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const tasks = await Promise.all(
      Array.from({ length: PAIRS }, () => createTask(mapper, projectId, owner.sub)),
    );
    const as = clientFor(api, owner);
    const path = (taskId: string) => `/v1/projects/${projectId}/tasks/${taskId}`;
    const answers = await inWaves(PAIRS, (index) => {
      const taskId = tasks[index]?.id ?? '';
      return Promise.all([
        as.patch(path(taskId), { title: `title ${index}` }),
        as.patch(path(taskId), { description: `description ${index}` }),
      ]);
    });
    const failed = answers.filter((answer) => answer.status !== 200);
    expect(failed.map((answer) => JSON.stringify(answer.body)).slice(0, 3)).toEqual([]);
    const lost: string[] = [];
    for (const [index, task] of tasks.entries()) {
      const stored = expectResponse(await as.get(path(task.id)), 200, TaskSchema);
      if (stored.title !== `title ${index}`) lost.push(`${task.id}.title`);
      if (stored.description !== `description ${index}`) lost.push(`${task.id}.description`);
      expect(stored.version).toBe(3);
    }
    expect(lost).toEqual([]);
  });

  it(`keep both fields of ${PAIRS} concurrent PATCH pairs on one project each`, async () => {
    const mapper = fixtureMapper(api.config);
    const projectIds = await Promise.all(
      Array.from({ length: PAIRS }, () => createProject(mapper, owner.sub)),
    );
    const as = clientFor(api, owner);
    await inWaves(PAIRS, (index) =>
      Promise.all([
        as.patch(`/v1/projects/${projectIds[index]}`, { name: `name ${index}` }),
        as.patch(`/v1/projects/${projectIds[index]}`, { description: `description ${index}` }),
      ]),
    );
    for (const [index, id] of projectIds.entries()) {
      const stored = expectResponse(await as.get(`/v1/projects/${id}`), 200, ProjectSchema);
      expect(stored).toMatchObject({
        name: `name ${index}`,
        description: `description ${index}`,
        version: 3,
      });
    }
  });

  it('still answer 412 to a concurrent write when If-Match names the version read', async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const task = await createTask(mapper, projectId, owner.sub);
    const as = clientFor(api, owner);
    const path = `/v1/projects/${projectId}/tasks/${task.id}`;
    const answers = await Promise.all([
      as.patch(path, { title: 'first' }, { 'if-match': '"1"' }),
      as.patch(path, { description: 'second' }, { 'if-match': '"1"' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
  });
});
