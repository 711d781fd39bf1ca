import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachmentEntity,
  commentEntity,
  membershipEntity,
  projectEntity,
  taskEntity,
} from '#data/entities/index';
import type { Mapper } from '#data/mapper/mapper';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createTaskLookup } from '#data/repositories/tasks/task-lookup';
import { createTaskTree } from '#data/repositories/tasks/task-tree';
import { ProjectPageSchema } from '#http/schemas/project';
import { newId } from '#lib/ids';
import { createProjectAccess, createTaskAccess } from '#services/project-access';
import {
  type ApiClient,
  expectResponse,
  postMember,
  postProject,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { eventually } from '#test/support/eventually';
import { createTask, fixtureMapper } from '#test/support/fixtures';
import { startTestWorker } from '#test/support/worker';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

let api: TestApi;
let alice: TestUser;
let bob: TestUser;
let asAlice: ApiClient;
let asBob: ApiClient;
let mapper: Mapper;
let worker: StreamPoller;

beforeAll(async () => {
  api = await startTestApi();
  worker = await startTestWorker(api.config);
  const signed = await signedInUsers(api, ['alice', 'bob']);
  ({ alice, bob } = signed);
  [asAlice, asBob] = [signed.alice.client, signed.bob.client];
  mapper = fixtureMapper(api.config);
});
afterAll(async () => {
  await worker?.stop();
});

const now = () => new Date().toISOString();

/** A task written through the task repository (with its copies), with a comment and an attachment. */
async function arrangeTask(projectId: string, assigneeId: string) {
  const task = await createTask(mapper, projectId, assigneeId, { title: 'Write the plan', assigneeId });
  const comment = await mapper.create(commentEntity, {
    id: newId(),
    taskId: task.id,
    projectId,
    authorId: assigneeId,
    body: 'On it',
    createdAt: now(),
    updatedAt: now(),
  });
  const attachmentId = newId();
  await mapper.create(attachmentEntity, {
    id: attachmentId,
    taskId: task.id,
    projectId,
    filename: 'plan.pdf',
    contentType: 'application/pdf',
    size: 10,
    status: 'ready',
    objectKey: `projects/${projectId}/tasks/${task.id}/attachments/${attachmentId}`,
    createdBy: assigneeId,
    createdAt: now(),
    updatedAt: now(),
  });
  return { task, comment };
}

function taskGate() {
  const projectAccess = createProjectAccess({
    memberships: createMembershipRepository(mapper),
    tree: createTaskTree(mapper),
  });
  return createTaskAccess({ tasks: createTaskLookup(mapper), projectAccess });
}

async function myProjectIds(client: ApiClient) {
  return expectResponse(await client.get('/v1/projects?limit=100'), 200, ProjectPageSchema).items.map(
    (project) => project.id,
  );
}

describe('DELETE /v1/projects/{projectId}', () => {
  it('takes all access away at once; the worker then removes its members, tasks, comments and attachments', async () => {
    const project = await postProject(asAlice);
    await postMember(asAlice, project.id, bob.sub, 'member');
    const { task, comment } = await arrangeTask(project.id, bob.sub);
    await arrangeTask(project.id, alice.sub);
    await expect(taskGate().require(bob.sub, task.id, 'task:read')).resolves.toBeDefined();

    expect((await asBob.delete(`/v1/projects/${project.id}`, { 'if-match': '"1"' })).status).toBe(403);
    expect((await asAlice.delete(`/v1/projects/${project.id}`, { 'if-match': '"1"' })).status).toBe(204);

    expect((await asAlice.get(`/v1/projects/${project.id}`)).status).toBe(404);
    expect((await asBob.get(`/v1/projects/${project.id}`)).status).toBe(404);
    expect((await asBob.get(`/v1/projects/${project.id}/members`)).status).toBe(404);
    expect(await myProjectIds(asAlice)).not.toContain(project.id);
    expect(await myProjectIds(asBob)).not.toContain(project.id);
    await expect(taskGate().require(bob.sub, task.id, 'task:read')).rejects.toMatchObject({
      code: 'task_not_found',
    });
    await eventually(async () => {
      expect(await mapper.get(taskEntity, { projectId: project.id, id: task.id })).toBeUndefined();
      expect(await mapper.get(commentEntity, { taskId: task.id, id: comment.id })).toBeUndefined();
      const leftovers = [
        ...(await mapper.queryKeys({ partition: `PROJECT#${project.id}`, limit: 100 })).items,
        ...(await mapper.queryKeys({ partition: `TASK#${task.id}`, limit: 100 })).items,
      ];
      expect(leftovers).toEqual([]);
    });
    // A second delete finds nothing.
    expect((await asAlice.delete(`/v1/projects/${project.id}`, { 'if-match': '"1"' })).status).toBe(404);
  });

  it('grants nothing through a membership whose project item is gone (a half-finished delete)', async () => {
    const project = await postProject(asAlice);
    await postMember(asAlice, project.id, bob.sub, 'admin');
    const { task } = await arrangeTask(project.id, bob.sub);
    // Step 1 committed, the cleanup never ran: memberships and tasks are still stored.
    await mapper.delete(projectEntity, { id: project.id });
    expect(await mapper.get(membershipEntity, { projectId: project.id, userId: bob.sub })).toBeDefined();

    expect((await asBob.get(`/v1/projects/${project.id}`)).status).toBe(404);
    expect((await asBob.get(`/v1/projects/${project.id}/members`)).status).toBe(404);
    expect(
      (await asBob.post(`/v1/projects/${project.id}/members`, { userId: alice.sub, role: 'viewer' })).status,
    ).toBe(404);
    expect(
      (await asBob.patch(`/v1/projects/${project.id}/members/${alice.sub}`, { role: 'viewer' })).status,
    ).toBe(404);
    expect((await asBob.post(`/v1/projects/${project.id}/leave`)).status).toBe(404);
    expect(await myProjectIds(asBob)).not.toContain(project.id);
    await expect(taskGate().require(bob.sub, task.id, 'task:read')).rejects.toMatchObject({
      code: 'task_not_found',
    });
  });
});
