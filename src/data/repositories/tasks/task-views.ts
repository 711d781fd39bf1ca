import { partitions } from '#data/dynamodb/table';
import type { Membership } from '#data/entities/membership';
import { type Project, projectEntity } from '#data/entities/project';
import type { Task, TaskStatus } from '#data/entities/task';
import { taskAssignmentEntity } from '#data/entities/task-assignment';
import { taskRefEntity } from '#data/entities/task-ref';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import { getRequest } from '#data/mapper/read-ops';
import { liveMembership, membershipReads, purgesSubtrees } from '#data/repositories/live-membership';

/** A membership that counts, and whether its project's subtasks need their ancestors checked. */
export interface LiveProject {
  membership: Membership;
  purgesSubtrees: boolean;
}

/** The cross-project task views served by gsi1 (patterns 9 and 13). */
export function createTaskViews(mapper: Mapper) {
  return {
    /** Pattern 9: tasks assigned to `userId`, by status then due date (undated last). */
    assignedTo(
      userId: string,
      spec: { status?: TaskStatus | undefined; limit: number; cursor?: string | undefined },
    ): Promise<Page<Task>> {
      return mapper.query(taskAssignmentEntity, {
        index: 'gsi1',
        partition: partitions.assignee(userId),
        ...(spec.status ? { range: { beginsWith: `${spec.status}#` } } : {}),
        limit: spec.limit,
        cursor: spec.cursor,
        caller: userId,
      });
    },

    /**
     * The caller's memberships of the given projects, with the projects themselves, in one
     * consistent BatchGet: absent, or a project being deleted, means not a member. Each says
     * whether its project has a subtree purge in flight (task-tree.ts `visible`).
     */
    async membershipsOf(userId: string, projectIds: readonly string[]): Promise<Map<string, LiveProject>> {
      const unique = [...new Set(projectIds)];
      if (unique.length === 0) return new Map();
      const found = await mapper.batchGet(
        unique.flatMap((projectId) => membershipReads(projectId, userId)),
        { consistent: true },
      );
      const byProject = new Map<string, LiveProject>();
      for (let index = 0; index < found.length; index += 2) {
        const project = found[index + 1] as Project | undefined;
        const membership = liveMembership(found[index] as Membership | undefined, project);
        if (membership) {
          byProject.set(membership.projectId, { membership, purgesSubtrees: purgesSubtrees(project) });
        }
      }
      return byProject;
    },

    /**
     * Which of the given projects still exist, in one consistent BatchGet of their `#META`
     * items: the tasks of a deleted project stay in the views until its purge reaches them.
     */
    async existingProjects(projectIds: readonly string[]): Promise<Set<string>> {
      const unique = [...new Set(projectIds)];
      if (unique.length === 0) return new Set();
      const found = await mapper.batchGet(
        unique.map((id) => getRequest(projectEntity, { id })),
        { consistent: true },
      );
      return new Set(found.flatMap((project) => (project ? [(project as Project).id] : [])));
    },

    /**
     * Pattern 13, one shard: tasks in `status` on shard `shard`, oldest first (gsi1sk
     * `<createdAt>#<tid>`, unique within a shard). `after` resumes strictly after a gsi1sk —
     * the same start an ExclusiveStartKey would give, but only ~50 bytes to carry per shard.
     */
    statusShard(
      status: TaskStatus,
      shard: number,
      spec: { limit: number; after?: string | undefined },
    ): Promise<Page<Task>> {
      return mapper.query(taskRefEntity, {
        index: 'gsi1',
        partition: partitions.statusShard(status, shard),
        ...(spec.after ? { range: { gt: spec.after } } : {}),
        limit: spec.limit,
      });
    },
  };
}

export type TaskViews = ReturnType<typeof createTaskViews>;
