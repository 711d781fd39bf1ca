import type { ApiProblem } from '../problem.ts';

interface ProblemNoticeProps {
  problem: ApiProblem | undefined;
  /** Offered on 503 and network failures. */
  onRetry?: (() => void) | undefined;
  /** Offered on 412: read the resource again and apply the same change to it. */
  onReloadAndReapply?: (() => void) | undefined;
}

/**
 * A problem+json shown where it happened: 422 points at the fields (which show their own
 * messages), 412 offers to reload and reapply, 503 and network failures say to try again.
 */
export function ProblemNotice({ problem, onRetry, onReloadAndReapply }: ProblemNoticeProps) {
  if (!problem) return null;
  const { status } = problem;
  let message: string;
  if (status === 422 && Object.keys(problem.fields).length > 0) {
    message = 'Some fields need attention: see the messages next to them.';
  } else if (status === 412) {
    message = 'Someone else changed this since you opened it.';
  } else if (status === 503 || status === 0) {
    message = `${problem.problem.title}. Please try again in a moment.`;
  } else if (status === 401) {
    message = 'Your session has ended. Please sign in again.';
  } else {
    message = problem.problem.detail ?? problem.problem.title;
  }
  return (
    <div class="problem" role="alert">
      <p>
        {message}
        {problem.problem.requestId ? <small> (request {problem.problem.requestId})</small> : null}
      </p>
      {status === 412 && onReloadAndReapply ? (
        <button type="button" onClick={onReloadAndReapply}>
          Reload and reapply my change
        </button>
      ) : null}
      {(status === 503 || status === 0 || status === 429) && onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
