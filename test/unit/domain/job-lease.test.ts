import { describe, expect, it } from 'vitest';
import type { Job } from '#data/entities/job';
import {
  afterLostAttempt,
  claimable,
  type JobPolicy,
  leaseExpired,
  leaseFrom,
  msUntilClaimable,
  retryDelayMs,
} from '#domain/job-lease';

/** 5 attempts, 4 s base: the waits are 2–4, 4–8, 8–16 and 16–32 s. */
const policy: JobPolicy = { leaseSeconds: 60, retryBaseMs: 4_000, maxAttempts: 5 };

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

  it("leases for the policy's lease from now", () => {
    expect(Date.parse(leaseFrom(now, policy)) - now.getTime()).toBe(policy.leaseSeconds * 1000);
  });

  it('backs off exponentially, half of each wait jittered, about a minute of patience in all', () => {
    const low = [1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, policy, () => 0));
    const high = [1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, policy, () => 1));
    expect(low).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(high).toEqual([4_000, 8_000, 16_000, 32_000]);
    // The waits between the default 5 attempts.
    expect(low.reduce((a, b) => a + b)).toBe(30_000);
    expect(high.reduce((a, b) => a + b)).toBe(60_000);
  });

  it('re-queues a lost attempt with a due time until the attempts are spent, then fails it with the reason', () => {
    const reason = { code: 'worker_lost', message: 'gone' };
    const retried = afterLostAttempt(job({ attempts: 2 }), now, reason, policy, () => 0.5);
    expect(retried).toEqual({
      status: 'queued',
      leaseUntil: null,
      retryAt: new Date(now.getTime() + 6_000).toISOString(),
      error: reason,
    });
    const final = afterLostAttempt(job({ attempts: policy.maxAttempts }), now, reason, policy);
    expect(final).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
    expect(final.error?.message).toContain('gone');
    expect(final.ttl).toBeGreaterThan(Math.floor(now.getTime() / 1000));
  });

  it('holds a queued job until its retry is due, and a leased one until its lease ends', () => {
    const waiting = job({ status: 'queued', retryAt: future });
    expect(claimable(waiting, now)).toBe(false);
    expect(msUntilClaimable(waiting, now)).toBe(1000);
    expect(claimable(job({ status: 'queued', retryAt: past }), now)).toBe(true);
    expect(msUntilClaimable(job({ status: 'running', leaseUntil: future }), now)).toBe(1000);
    expect(msUntilClaimable(job({ status: 'succeeded' }), now)).toBe(0);
  });
});
