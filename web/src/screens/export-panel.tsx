import { useEffect, useState } from 'preact/hooks';
import type { components } from '../../../clients/typescript/src/index.ts';
import { useApp } from '../context.ts';
import { expectData } from '../problem.ts';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction } from '../ui/use-load.ts';

type Job = components['schemas']['Job'];
type Format = Job['format'];

const POLL_MS = 1000;

/** Starts an export (202 + job), polls the job until it ends, then offers its download. */
export function ExportPanel({ projectId }: { projectId: string }) {
  const { api } = useApp();
  const start = useAction();
  const poll = useAction();
  const [format, setFormat] = useState<Format>('json');
  const [job, setJob] = useState<Job | undefined>();
  const running = job?.status === 'queued' || job?.status === 'running';
  useEffect(() => {
    if (!job || !running) return;
    const timer = setTimeout(
      () =>
        void poll.run(async () => {
          setJob(await expectData(api.GET('/v1/jobs/{jobId}', { params: { path: { jobId: job.id } } })));
        }),
      POLL_MS,
    );
    return () => clearTimeout(timer);
  }, [job, running, api, poll.run]);
  const begin = () =>
    void start.run(async () => {
      setJob(
        await expectData(
          api.POST('/v1/projects/{projectId}/exports', {
            params: { path: { projectId }, header: { 'idempotency-key': crypto.randomUUID() } },
            body: { format },
          }),
        ),
      );
    });
  const { processed, total } = job?.progress ?? { processed: 0, total: undefined };
  return (
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <label for="export-format">Format</label>{' '}
      <select
        id="export-format"
        value={format}
        onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as Format)}
      >
        <option value="json">JSON</option>
        <option value="csv">CSV</option>
      </select>{' '}
      <button type="button" onClick={begin} disabled={start.busy || running}>
        Export project
      </button>
      <ProblemNotice problem={start.problem} onRetry={begin} />
      <ProblemNotice problem={poll.problem} onRetry={() => job && setJob({ ...job })} />
      {job ? (
        <div role="status" aria-live="polite">
          {running ? (
            <>
              <label for="export-progress">
                Exporting: {processed}
                {total ? ` of ${total}` : ''} tasks
              </label>{' '}
              <progress id="export-progress" max={total ?? undefined} value={total ? processed : undefined} />
            </>
          ) : null}
          {job.status === 'succeeded' && job.download ? (
            <a href={job.download.url} download>
              Download the export ({job.format.toUpperCase()})
            </a>
          ) : null}
          {job.status === 'failed' ? (
            <p class="problem">The export failed: {job.error?.message ?? 'unknown error'}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
