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
import { bareAnswer } from './bare-answer.ts';

const config = loadConfig();
const target = { doc: createDynamoClients(config).doc, tableName: config.dynamodb.tableName };
/** Every request acts as this user: the bare server verifies no token. */
const userId = process.env.BENCH_USER_ID ?? '';

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const method = request.method ?? 'GET';
    bareAnswer(target, userId, {
      method,
      url: request.url ?? '/',
      body: Buffer.concat(chunks).toString('utf8'),
    }).then(
      (result) => {
        const json = JSON.stringify(result ?? null);
        response.writeHead(method === 'POST' ? 201 : 200, {
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
