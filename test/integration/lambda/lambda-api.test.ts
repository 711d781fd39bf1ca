import dgram from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaFixture, lambdaRuntimeEnv, runBundle } from '#test/support/lambda';
import { createTestTable, stackContext } from '#test/support/stack';
import { bundle } from '../../../scripts/bundle.ts';

/** The deployed artefact itself: dist-style bundle, imported in a fresh process per environment. */
const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-api-bundle-'));
let bundleFile = '';
let env: Record<string, string> = {};

beforeAll(async () => {
  const [built] = await bundle({ outDir, names: ['api'] });
  bundleFile = built?.file ?? '';
  env = {
    ...stackContext().environment,
    ...lambdaRuntimeEnv('test-tasklane-api'),
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? '',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    DYNAMODB_TABLE_NAME: await createTestTable('lambda-api'),
    CURSOR_SECRET: 'lambda-test-cursor-secret-0123456789abcdef',
    STAGE: 'test',
    LOG_LEVEL: 'INFO',
  };
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function httpEvent(method: string, rawPath: string, requestId: string, headers: Record<string, string> = {}) {
  const event = lambdaFixture<{
    rawPath: string;
    headers: Record<string, string>;
    requestContext: { requestId: string; http: { method: string; path: string } };
  }>('http-api-event.json');
  event.rawPath = rawPath;
  event.headers = { ...event.headers, ...headers };
  event.requestContext.requestId = requestId;
  event.requestContext.http.method = method;
  event.requestContext.http.path = rawPath;
  return { event, context: lambdaFixture('context.json') };
}

interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

describe('bundled API handler (API Gateway REST API payload v1 and HTTP API payload v2)', () => {
  it('answers /health, /ready and an unknown route, with API Gateway request ids, logs and metrics', async () => {
    const run = await runBundle(bundleFile, env, [
      httpEvent('GET', '/health', 'req-health-1'),
      httpEvent('GET', '/ready', 'req-ready-2'),
      httpEvent('GET', '/nothing-here', 'req-missing-3', {
        authorization: 'Bearer eyJhbGciOi.eyJzdWIiOiJ4In0.c2ln',
      }),
    ]);
    expect(run.stderr).toBe('');
    const [health, ready, missing] = (run.results ?? []).map((result) => {
      if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
      return result.value as HttpResult;
    });

    expect(health?.statusCode).toBe(200);
    expect(JSON.parse(health?.body ?? '')).toEqual({ status: 'ok' });
    expect(health?.headers['x-request-id']).toBe('req-health-1');

    expect(ready?.statusCode).toBe(200);
    expect(JSON.parse(ready?.body ?? '')).toEqual({ status: 'ready', checks: { dynamodb: 'ok' } });

    expect(missing?.statusCode).toBe(404);
    expect(missing?.headers['content-type']).toBe('application/problem+json');
    expect(missing?.headers['x-request-id']).toBe('req-missing-3');
    expect(JSON.parse(missing?.body ?? '')).toMatchObject({
      status: 404,
      code: 'route_not_found',
      requestId: 'req-missing-3',
      instance: '/nothing-here',
    });

    const accessLogs = run.json.filter((line) => line.message === 'request');
    expect(accessLogs.map((line) => [line.requestId, line.correlation_id, line.status])).toEqual([
      ['req-health-1', 'req-health-1', 200],
      ['req-ready-2', 'req-ready-2', 200],
      ['req-missing-3', 'req-missing-3', 404],
    ]);
    expect(accessLogs[0]).toMatchObject({ function_name: 'test-tasklane-api', cold_start: true });
    expect(accessLogs[1]).toMatchObject({ cold_start: false, function_request_id: expect.any(String) });
    expect(run.stdout).not.toContain('eyJhbGciOi');

    const requestMetrics = run.json.filter((line) => 'Requests' in line);
    expect(requestMetrics.map((line) => [line.route, line.Errors4xx, line.Errors5xx])).toEqual([
      ['GET /health', 0, 0],
      ['GET /ready', 0, 0],
      ['GET UNMATCHED', 1, 0],
    ]);
    expect(requestMetrics[0]).toMatchObject({
      service: 'tasklane',
      stage: 'test',
      Latency: expect.any(Number),
    });
    const coldStarts = run.json.filter((line) => 'ColdStart' in line);
    expect(coldStarts).toHaveLength(1);
  });

  it("serves REST API events (payload v1): path, query, multi-value headers, its request id over the client's", async () => {
    const restEvent = (
      method: string,
      resourcePath: string,
      requestId: string,
      extra: { headers?: Record<string, string>; query?: Record<string, string> } = {},
    ) => {
      const event = lambdaFixture<{
        path: string;
        resource: string;
        httpMethod: string;
        headers: Record<string, string>;
        multiValueHeaders: Record<string, string[]>;
        queryStringParameters: Record<string, string> | null;
        multiValueQueryStringParameters: Record<string, string[]> | null;
        requestContext: { requestId: string; httpMethod: string; resourcePath: string; path: string };
      }>('rest-api-event.json');
      Object.assign(event, { path: resourcePath, resource: resourcePath, httpMethod: method });
      Object.assign(event.requestContext, { requestId, httpMethod: method, path: `/prod${resourcePath}` });
      for (const [name, value] of Object.entries(extra.headers ?? {})) {
        event.headers[name] = value;
        event.multiValueHeaders[name] = [value];
      }
      if (extra.query) {
        event.queryStringParameters = extra.query;
        event.multiValueQueryStringParameters = Object.fromEntries(
          Object.entries(extra.query).map(([name, value]) => [name, [value]]),
        );
      }
      return { event, context: lambdaFixture('context.json') };
    };
    const run = await runBundle(bundleFile, env, [
      restEvent('GET', '/health', 'rest-health-1', { headers: { 'X-Request-Id': 'client-chosen' } }),
      restEvent('GET', '/v1/tasks', 'rest-tasks-2', { query: { limit: '5' } }),
      restEvent('GET', '/v1/nothing', 'rest-missing-3', { headers: { Authorization: 'Bearer abc' } }),
    ]);
    expect(run.stderr).toBe('');
    const [health, tasks, missing] = (run.results ?? []).map((result) => {
      if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
      return result.value as {
        statusCode: number;
        multiValueHeaders: Record<string, string[]>;
        body: string;
      };
    });
    expect(health?.statusCode).toBe(200);
    expect(JSON.parse(health?.body ?? '')).toEqual({ status: 'ok' });
    expect(health?.multiValueHeaders['x-request-id']).toEqual(['rest-health-1']);

    expect(tasks?.statusCode).toBe(401);
    expect(tasks?.multiValueHeaders['content-type']).toEqual(['application/problem+json']);
    expect(tasks?.multiValueHeaders['www-authenticate']?.[0]).toMatch(/^Bearer /);
    expect(JSON.parse(tasks?.body ?? '')).toMatchObject({ status: 401, requestId: 'rest-tasks-2' });

    expect(missing?.statusCode).toBe(401);
    const logged = run.json.filter((line) => line.message === 'request');
    expect(logged.map((line) => [line.requestId, line.status])).toEqual([
      ['rest-health-1', 200],
      ['rest-tasks-2', 401],
      ['rest-missing-3', 401],
    ]);
  });

  it('fails the init phase with the one-line configuration message', async () => {
    const { DYNAMODB_TABLE_NAME: _omitted, ...incomplete } = env;
    const run = await runBundle(bundleFile, incomplete, [httpEvent('GET', '/health', 'never')]);
    expect(run.exitCode).not.toBe(0);
    expect(run.results).toBeUndefined();
    expect(run.stderr.split('\n')[0]).toBe('Configuration error: DYNAMODB_TABLE_NAME is missing');
  });

  it('traces its DynamoDB client through X-Ray when running with tracing on (ESM bundle + CJS X-Ray SDK)', async () => {
    const daemon = dgram.createSocket('udp4');
    const segments: string[] = [];
    daemon.on('message', (message) => segments.push(message.toString()));
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    try {
      const run = await runBundle(
        bundleFile,
        {
          ...env,
          AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
          LAMBDA_TASK_ROOT: '/var/task',
          _X_AMZN_TRACE_ID: 'Root=1-6740a1b2-0f1e2d3c4b5a69788796a5b4;Parent=53995c3f42cd8ad8;Sampled=1',
          AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
        },
        [httpEvent('GET', '/ready', 'req-traced')],
      );
      expect(run.results?.[0]).toMatchObject({ ok: true, value: { statusCode: 200 } });
      // Datagrams were sent before the child exited; let the socket's queued events drain.
      for (let tick = 0; tick < 100 && !segments.some((s) => s.includes('## api')); tick += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const documents = segments.map((segment) => JSON.parse(segment.split('\n')[1] ?? '{}'));
      expect(documents).toContainEqual(
        expect.objectContaining({
          name: 'DynamoDB',
          aws: expect.objectContaining({ operation: 'DescribeTable' }),
        }),
      );
      expect(documents).toContainEqual(
        expect.objectContaining({ name: '## api', annotations: { ColdStart: true, Service: 'tasklane' } }),
      );
    } finally {
      daemon.close();
    }
  });
});
