import { activityContract } from './activity.contract.ts';
import { attachmentContract } from './attachments.contract.ts';
import { commentContract } from './comments.contract.ts';
import { idempotencyContract } from './idempotency.contract.ts';
import { jobContract } from './jobs.contract.ts';
import { membershipContract } from './memberships.contract.ts';
import { projectContract } from './projects.contract.ts';
import { taskDependencyContract } from './task-dependencies.contract.ts';
import { taskTreeContract } from './task-tree.contract.ts';
import { taskContract } from './tasks.contract.ts';
import { webhookContract } from './webhooks.contract.ts';
import type { WorldFactory } from './world.ts';

/** Every repository contract, run on one implementation (each contract on a world of its own). */
export function repositoryContracts(makeWorld: WorldFactory): void {
  membershipContract(makeWorld);
  projectContract(makeWorld);
  taskContract(makeWorld);
  taskTreeContract(makeWorld);
  taskDependencyContract(makeWorld);
  commentContract(makeWorld);
  attachmentContract(makeWorld);
  jobContract(makeWorld);
  idempotencyContract(makeWorld);
  activityContract(makeWorld);
  webhookContract(makeWorld);
}
