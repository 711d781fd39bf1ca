import type { Problem } from '../../clients/typescript/src/index.ts';

/** A failed call: the API's problem+json, or one made up for a network failure. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  /** Field errors by the input they belong to: `body.labels.0` → `labels`. */
  get fields(): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      const key = error.path.replace(/^(body|query|path)\.?/, '').split('.')[0] || 'form';
      fields[key] ??= error.message;
    }
    return fields;
  }
}

/** What the browser says when the API cannot be reached at all. */
export function networkProblem(error: unknown): ApiProblem {
  return new ApiProblem({
    type: 'about:blank',
    title: 'The server could not be reached',
    status: 0,
    code: 'network_error',
    detail: error instanceof Error ? error.message : 'The request did not complete.',
  });
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits a typed-client call and returns its data, or throws an ApiProblem: the API's own
 * problem body, or one describing a body that was not a problem (a gateway's HTML page).
 */
export async function expectData<T>(call: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch (error) {
    throw networkProblem(error);
  }
  if (outcome.response.ok) return outcome.data as T;
  if (isProblem(outcome.error)) throw new ApiProblem(outcome.error);
  throw new ApiProblem({
    type: 'about:blank',
    title: outcome.response.statusText || 'Request failed',
    status: outcome.response.status,
    code: 'unexpected_response',
  });
}

/** Like expectData, and also the response's ETag for a later If-Match. */
export async function expectDataAndTag<T>(call: Promise<Outcome<T>>): Promise<{ data: T; etag: string }> {
  let response: Response | undefined;
  const data = await expectData(
    call.then((outcome) => {
      response = outcome.response;
      return outcome;
    }),
  );
  return { data, etag: response?.headers.get('etag') ?? '' };
}
