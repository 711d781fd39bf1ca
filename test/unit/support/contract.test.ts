import { beforeAll, describe, expect, it } from 'vitest';
import { offlineApp } from '#test/support/app';
import {
  type Contract,
  contractOf,
  type ObservedResponse,
  type OpenApiDocument,
} from '#test/support/contract';

let contract: Contract;
beforeAll(async () => {
  contract = contractOf((await (await offlineApp().request('/openapi.json')).json()) as OpenApiDocument);
});

const ID = '01JD3Q8Y8R0W4N6M2K5T7V9XZA';
const problem = (status: number, code: string, extra: Record<string, string> = {}): ObservedResponse => {
  const body = { type: `urn:tasklane:problem:${code}`, title: 'x', status, code };
  return {
    method: 'GET',
    path: `/v1/projects/${ID}`,
    status,
    headers: new Headers({ 'content-type': 'application/problem+json', 'x-request-id': 'r1', ...extra }),
    body,
    text: JSON.stringify(body),
  };
};

describe('the contract check of test responses', () => {
  it('accepts a response the operation declares', () => {
    expect(() => contract.check(problem(404, 'project_not_found'))).not.toThrow();
  });

  it('refuses a status the operation does not declare', () => {
    expect(() => contract.check(problem(418, 'teapot'))).toThrow(/getProject does not declare 418/);
  });

  it('refuses a problem code the operation does not list for that status', () => {
    expect(() => contract.check(problem(404, 'task_not_found'))).toThrow(/body/);
  });

  it('refuses a response without a required header', () => {
    expect(() => contract.check(problem(401, 'missing_token'))).toThrow(/WWW-Authenticate is missing/);
    expect(() =>
      contract.check(problem(401, 'missing_token', { 'www-authenticate': 'Bearer error="invalid_token"' })),
    ).not.toThrow();
  });

  it('refuses another media type or a body that does not match the schema', () => {
    const wrongType = {
      ...problem(404, 'project_not_found'),
      headers: new Headers({ 'x-request-id': 'r1' }),
    };
    expect(() => contract.check(wrongType)).toThrow(/media type/);
    const leaky = {
      method: 'GET',
      path: '/health',
      status: 200,
      headers: new Headers({ 'content-type': 'application/json', 'x-request-id': 'r1' }),
      body: { status: 'fine' },
      text: '{"status":"fine"}',
    };
    expect(() => contract.check(leaky)).toThrow(/body/);
  });

  it('lets only a 404 or 405 problem answer outside every operation', () => {
    expect(() => contract.check({ ...problem(404, 'route_not_found'), path: '/nowhere' })).not.toThrow();
    expect(() => contract.check({ ...problem(200, 'x'), path: '/nowhere' })).toThrow(/no operation/);
  });
});
