import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { JobSchema } from '#http/schemas/job';
import { ProblemSchema } from '#http/schemas/problem';
import {
  type ApiClient,
  clientFor,
  expectResponse,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';
import { startTestWorker } from '#test/support/worker';
import { CSV_COLUMNS } from '#worker/exports/export-format';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

const TASKS = 1000;
const TRICKY = ['Say "hi", then\r\nleave', '=HYPERLINK("http://evil")', 'plain, with comma'];
let api: TestApi;
let worker: StreamPoller;
let owner: TestUser;
let admin: TestUser;
let member: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let as: Record<'owner' | 'admin' | 'member' | 'viewer' | 'outsider', ApiClient>;
let projectId: string;
const taskIds: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  ({ owner, admin, member, viewer, outsider } = await signedInUsers(api, [
    'owner',
    'admin',
    'member',
    'viewer',
    'outsider',
  ]));
  as = {
    owner: clientFor(api, owner),
    admin: clientFor(api, admin),
    member: clientFor(api, member),
    viewer: clientFor(api, viewer),
    outsider: clientFor(api, outsider),
  };
  const mapper = fixtureMapper(api.config);
  projectId = await createProject(mapper, owner.sub, [
    { sub: admin.sub, role: 'admin' },
    { sub: member.sub, role: 'member' },
    { sub: viewer.sub, role: 'viewer' },
  ]);
  for (let start = 0; start < TASKS; start += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, TASKS - start) }, (_, offset) =>
        createTask(mapper, projectId, owner.sub, {
          title: TRICKY[start + offset] ?? `Task ${start + offset}`,
          labels: ['export', `n${(start + offset) % 7}`],
        }),
      ),
    );
    taskIds.push(...batch.map((task) => task.id));
  }
  // The worker is its own container over the same table, as on AWS (another Lambda). It starts at
  // the stream's latest position, as one that had long caught up with an existing project: the
  // seed's 1,000 inserts are not what these tests are about, and every consumer would take them.
  worker = await startTestWorker(api.config, api.table);
});
afterAll(async () => {
  await worker?.stop();
});

type JobBody = z.infer<typeof JobSchema>;

async function pollUntilFinished(client: ApiClient, location: string): Promise<JobBody> {
  const deadline = Date.now() + 50_000;
  for (;;) {
    const job = expectResponse(await client.get(location), 200, JobSchema);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job still ${job.status}: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function runExport(format: 'json' | 'csv') {
  const started = performance.now();
  const response = await as.member.post(`/v1/projects/${projectId}/exports`, { format });
  const queued = expectResponse(response, 202, JobSchema);
  expect(queued).toMatchObject({ status: 'queued', format, projectId, progress: { processed: 0 } });
  const location = response.headers.get('location') ?? '';
  expect(location).toBe(`/v1/jobs/${queued.id}`);
  const job = await pollUntilFinished(as.member, location);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`export of ${TASKS} tasks (${format}): ${seconds} s from POST to succeeded`);
  expect(job).toMatchObject({ status: 'succeeded', progress: { processed: TASKS, total: TASKS } });
  const download = await fetch(job.download?.url ?? '');
  expect(download.status).toBe(200);
  expect(download.headers.get('content-disposition')).toContain(`export-${job.id}.${format}`);
  return { job, text: await download.text() };
}

/** A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('project exports end to end (API → table → stream poller → worker → S3)', () => {
  it(`exports all ${TASKS} tasks as JSON, each exactly once`, async () => {
    const { job, text } = await runExport('json');
    const file = z
      .object({
        jobId: z.string(),
        projectId: z.string(),
        taskCount: z.number(),
        tasks: z.array(z.object({ id: z.string(), title: z.string() })),
      })
      .parse(JSON.parse(text));
    expect(file).toMatchObject({ jobId: job.id, projectId, taskCount: TASKS });
    const ids = file.tasks.map((task) => task.id);
    expect(new Set(ids).size).toBe(TASKS);
    expect([...ids].sort()).toEqual([...taskIds].sort());
    expect(file.tasks.find((task) => task.id === taskIds[0])?.title).toBe(TRICKY[0]);
  });

  it(`exports all ${TASKS} tasks as CSV with a header row and proper quoting`, async () => {
    const { text } = await runExport('csv');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(TASKS);
    const ids = rows.map((row) => row[0]);
    expect(new Set(ids).size).toBe(TASKS);
    expect([...ids].sort()).toEqual([...taskIds].sort());
    const titleOf = (id: string | undefined) => rows.find((row) => row[0] === id)?.[1];
    expect(titleOf(taskIds[0])).toBe(TRICKY[0]);
    // A formula would run when the file is opened in a spreadsheet: it is neutralised.
    expect(titleOf(taskIds[1])).toBe(`'${TRICKY[1]}`);
    expect(titleOf(taskIds[2])).toBe(TRICKY[2]);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('shows the job to the requester and the project admins only', async () => {
    const response = await as.member.post(`/v1/projects/${projectId}/exports`, { format: 'json' });
    const job = expectResponse(response, 202, JobSchema);
    const path = `/v1/jobs/${job.id}`;
    expectResponse(await as.member.get(path), 200, JobSchema);
    expectResponse(await as.admin.get(path), 200, JobSchema);
    expectResponse(await as.owner.get(path), 200, JobSchema);
    for (const client of [as.viewer, as.outsider]) {
      const hidden = await client.get(path);
      expectResponse(hidden, 404, ProblemSchema);
      expect(ProblemSchema.parse(hidden.body).code).toBe('job_not_found');
    }
    expect((await as.member.get('/v1/jobs/01JD0000000000000000000000')).status).toBe(404);
    await pollUntilFinished(as.member, path);
  });

  it('lets members export, not viewers (403), and hides the project from outsiders (404)', async () => {
    const path = `/v1/projects/${projectId}/exports`;
    expectResponse(await as.viewer.post(path, { format: 'csv' }), 403, ProblemSchema);
    expectResponse(await as.outsider.post(path, { format: 'csv' }), 404, ProblemSchema);
  });

  it('refuses unknown fields and formats (422 naming the field)', async () => {
    const path = `/v1/projects/${projectId}/exports`;
    const bad = expectResponse(
      await as.member.post(path, { format: 'xml', status: 'succeeded' }),
      422,
      ProblemSchema,
    );
    expect(bad.errors?.map((error) => error.path)).toEqual(
      expect.arrayContaining(['body.format', 'body.status']),
    );
  });

  it('honours Idempotency-Key: a retry returns the first job and queues nothing new', async () => {
    const path = `/v1/projects/${projectId}/exports`;
    const headers = { 'idempotency-key': `exp-${randomBytes(4).toString('hex')}` };
    const first = expectResponse(await as.member.post(path, { format: 'csv' }, headers), 202, JobSchema);
    const replay = await as.member.post(path, { format: 'csv' }, headers);
    expect(expectResponse(replay, 202, JobSchema).id).toBe(first.id);
    expect(replay.headers.get('location')).toBe(`/v1/jobs/${first.id}`);
    await pollUntilFinished(as.member, `/v1/jobs/${first.id}`);
  });
});
