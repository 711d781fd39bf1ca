import { describe, expect, it } from 'vitest';
import type { Job } from '#data/entities/job';
import {
  afterLostAttempt,
  claimable,
  LEASE_SECONDS,
  leaseExpired,
  leaseFrom,
  MAX_ATTEMPTS,
} from '#domain/job-lease';

const now = new Date('2026-11-21T10:00:00.000Z');
const job = (overrides: Partial<Job>): Job => ({
  id: '01JD0000000000000000000001',
  type: 'project_export',
  projectId: '01JD0000000000000000000002',
  requestedBy: 'user',
  format: 'json',
  status: 'queued',
  progress: { processed: 0 },
  attempts: 0,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  version: 1,
  ttl: 0,
  ...overrides,
});
const past = new Date(now.getTime() - 1000).toISOString();
const future = new Date(now.getTime() + 1000).toISOString();

describe('job leases', () => {
  it('lets a worker claim queued jobs and abandoned ones, nothing else', () => {
    expect(claimable(job({ status: 'queued' }), now)).toBe(true);
    expect(claimable(job({ status: 'running', leaseUntil: past }), now)).toBe(true);
    expect(claimable(job({ status: 'running', leaseUntil: future }), now)).toBe(false);
    expect(claimable(job({ status: 'succeeded' }), now)).toBe(false);
    expect(claimable(job({ status: 'failed' }), now)).toBe(false);
  });

  it('treats a running job without a lease as abandoned', () => {
    expect(leaseExpired(job({ status: 'running' }), now)).toBe(true);
  });

  it('leases for LEASE_SECONDS from now', () => {
    expect(Date.parse(leaseFrom(now)) - now.getTime()).toBe(LEASE_SECONDS * 1000);
  });

  it('re-queues a lost attempt until the attempts are spent, then fails it with the reason', () => {
    const reason = { code: 'worker_lost', message: 'gone' };
    expect(afterLostAttempt(job({ attempts: 1 }), now, reason)).toEqual({
      status: 'queued',
      leaseUntil: undefined,
      error: reason,
    });
    const final = afterLostAttempt(job({ attempts: MAX_ATTEMPTS }), now, reason);
    expect(final).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
    expect(final.error?.message).toContain('gone');
    expect(final.ttl).toBeGreaterThan(Math.floor(now.getTime() / 1000));
  });
});
