import { defineConfig } from 'vitest/config';

// Local stand-ins take these credentials (s3rver insists on them); nothing here reaches AWS.
const env = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
};

/**
 * Whole-program tests: `npm start` for real, esbuild bundles run as Lambda or container, the
 * 1,000-task export, the 2,000-task project purge, the 20,000-task export. `npm test` and CI run them; the inner loop (`test:unit`, `test:integration`) does not.
 */
const SLOW = [
  'test/integration/local/npm-start.test.ts',
  'test/integration/api/exports.test.ts',
  'test/integration/jobs/project-purge.test.ts',
  'test/integration/jobs/export-memory.test.ts',
  'test/integration/lambda/**/*.test.ts',
  'test/integration/container/**/*.test.ts',
  'test/infra/bundle-size.test.ts',
  'test/infra/operations.test.ts',
];

// Bounds only end a hung test; on a loaded 2-core machine a CDK synth or a bundle build can take
// minutes, and that must not fail a run.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    env,
    projects: [
      {
        test: {
          name: 'unit',
          // The repository contract on the in-memory doubles (test/contracts) runs with the unit tests.
          include: ['test/unit/**/*.test.ts', 'test/contracts/memory.test.ts'],
          env,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          exclude: SLOW,
          env,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'integration',
          // The same repository contract on the DynamoDB repositories, over DynamoDB Local.
          include: ['test/integration/**/*.test.ts', 'test/contracts/dynamodb.test.ts'],
          exclude: SLOW,
          // One ephemeral local stack per run, shared with `slow`; a fresh table per suite.
          globalSetup: ['test/support/global-setup.ts'],
          env,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // The web app in Debian's Chromium (playwright-core) against the run's local stack.
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['test/support/global-setup.ts'],
          env,
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'slow',
          include: SLOW,
          // One file at a time: the 20,000-task export and the 2,000-task purge each load the one
          // DynamoDB Local; side by side on 2 cores the purge's stream worker crawled.
          fileParallelism: false,
          globalSetup: ['test/support/global-setup.ts'],
          env,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
