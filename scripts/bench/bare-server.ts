/**
 * The least any Node HTTP server can do for the bench's task scenarios: `node:http`, no
 * framework, no validation, no auth — each request sends the raw-SDK floor's DynamoDB calls
 * (scripts/bench/api-floors.ts, on the same clients) and answers their JSON. Its CPU and
 * throughput, measured like the API server's, separate what the inbound HTTP hop costs from
 * what the API's own layers cost. Bench-only: never bundled for deployment.
 */
import { createServer } from 'node:http';
import { loadConfig } from '#config';
import { createDynamoClients } from '#data/dynamodb/client';
import { createTaskFloor, getTaskFloor, listTasksFloor } from './api-floors.ts';

const config = loadConfig();
const target = { doc: createDynamoClients(config).doc, tableName: config.dynamodb.tableName };
/** Every request acts as this user: the bare server verifies no token. */
const userId = process.env.BENCH_USER_ID ?? '';
const TASK_PATH = /^\/v1\/projects\/([^/]+)\/tasks(?:\/([^/?]+))?/;

async function answer(method: string, url: string, body: string): Promise<unknown> {
  const match = TASK_PATH.exec(url);
  const projectId = match?.[1];
  if (!projectId) return { status: 'ok' };
  const taskId = match[2];
  if (method === 'GET' && taskId) {
    const items = await getTaskFloor(target, { projectId, taskId, userId });
    return items.find((item) => item.sk === `TASK#${taskId}`);
  }
  if (method === 'GET') return { items: await listTasksFloor(target, { projectId, userId }) };
  const draft = JSON.parse(body) as { title: string; priority?: 'high'; labels?: string[] };
  return createTaskFloor(target, { projectId, userId, ...draft });
}

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answer(request.method ?? 'GET', request.url ?? '/', Buffer.concat(chunks).toString('utf8')).then(
      (result) => {
        const json = JSON.stringify(result ?? null);
        response.writeHead(request.method === 'POST' ? 201 : 200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(json),
        });
        response.end(json);
      },
      (error: unknown) => {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  });
}).listen(Number(process.env.PORT));
