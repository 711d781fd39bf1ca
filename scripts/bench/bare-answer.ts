import { createTaskFloor, type FloorTarget, getTaskFloor, listTasksFloor } from './api-floors.ts';

const TASK_PATH = /^\/v1\/projects\/([^/]+)\/tasks(?:\/([^/?]+))?/;

/**
 * The bare server's whole work for one request (scripts/bench/bare-server.ts, and the in-process
 * bench's bare loop): route by a regular expression, send the raw-SDK floor's DynamoDB calls as
 * `userId` (no token is verified), and return what is answered as JSON. No framework, no validation.
 */
export async function bareAnswer(
  target: FloorTarget,
  userId: string,
  request: { method: string; url: string; body: string },
): Promise<unknown> {
  const match = TASK_PATH.exec(request.url);
  const projectId = match?.[1];
  if (!projectId) return { status: 'ok' };
  const taskId = match[2];
  if (request.method === 'GET' && taskId) {
    const items = await getTaskFloor(target, { projectId, taskId, userId });
    return items.find((item) => item.sk === `TASK#${taskId}`);
  }
  if (request.method === 'GET') return { items: await listTasksFloor(target, { projectId, userId }) };
  const draft = JSON.parse(request.body) as { title: string; priority?: 'high'; labels?: string[] };
  return createTaskFloor(target, { projectId, userId, ...draft });
}
