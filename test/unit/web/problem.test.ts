import { describe, expect, it } from 'vitest';
import { ApiProblem, expectData } from '../../../web/src/problem.ts';

const problem = (status: number, errors?: Array<{ path: string; message: string }>) =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Problem',
    status,
    code: 'validation_failed',
    ...(errors ? { errors } : {}),
  });

describe('ApiProblem', () => {
  it('files each 422 field error under the input it belongs to, first message first', () => {
    const fields = problem(422, [
      { path: 'body.name', message: 'Required' },
      { path: 'body.labels.2', message: 'Too long' },
      { path: 'body.labels.3', message: 'Also too long' },
      { path: 'query.cursor', message: 'Invalid cursor' },
      { path: 'body', message: 'Unknown field "owner"' },
    ]).fields;
    expect(fields).toEqual({
      name: 'Required',
      labels: 'Too long',
      cursor: 'Invalid cursor',
      form: 'Unknown field "owner"',
    });
  });
});

describe('expectData', () => {
  const outcome = (status: number, body: unknown) => ({
    ...(status < 400 ? { data: body } : { error: body }),
    response: new Response(null, { status }),
  });

  it('answers the data of a 2xx', async () => {
    await expect(expectData(Promise.resolve(outcome(200, { id: 'x' })))).resolves.toEqual({ id: 'x' });
  });

  it('throws the API problem of an error answer', async () => {
    const body = {
      type: 'about:blank',
      title: 'Precondition failed',
      status: 412,
      code: 'precondition_failed',
    };
    await expect(expectData(Promise.resolve(outcome(412, body)))).rejects.toMatchObject({
      status: 412,
      problem: body,
    });
  });

  it('turns a body that is not a problem (a gateway page) into one with the status', async () => {
    await expect(expectData(Promise.resolve(outcome(502, '<html>Bad gateway</html>')))).rejects.toMatchObject(
      {
        status: 502,
        problem: { code: 'unexpected_response' },
      },
    );
  });

  it('turns a network failure into a status-0 problem the screens offer to retry', async () => {
    await expect(expectData(Promise.reject(new TypeError('Failed to fetch')))).rejects.toMatchObject({
      status: 0,
      problem: { code: 'network_error', detail: 'Failed to fetch' },
    });
  });
});
