import type { Services } from '#container';
import type { AuthUser } from '#domain/auth';
import { made, withoutKey } from '#domain/idempotency';

export interface SeededProject {
  id: string;
  taskIds: string[];
}

export interface SeedOptions {
  projects: number;
  tasksPerProject: number;
  comments: number;
}

const STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;
const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
const LABELS = ['backend', 'frontend', 'bug', 'infra', 'docs'];

/** Runs `work` over `items` with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/**
 * Realistic benchmark data through the services (every rule and transaction applies):
 * projects owned by `owner` with `members` added, tasks with a mix of statuses, priorities,
 * labels, due dates and assignees, and comments on some of them.
 */
export async function seedBenchData(
  deps: Pick<Services, 'projectService' | 'memberService' | 'taskService' | 'commentService'>,
  owner: AuthUser,
  members: AuthUser[],
  options: SeedOptions,
): Promise<SeededProject[]> {
  const projects: SeededProject[] = [];
  for (let index = 0; index < options.projects; index += 1) {
    const project = made(
      await deps.projectService.create(owner, { name: `Bench project ${index + 1}` }, withoutKey()),
    );
    for (const member of members) {
      made(
        await deps.memberService.add(owner, project.id, { userId: member.sub, role: 'member' }, withoutKey()),
      );
    }
    projects.push({ id: project.id, taskIds: [] });
  }
  const assignees = [owner, ...members];
  const drafts = projects.flatMap((project) =>
    Array.from({ length: options.tasksPerProject }, (_, index) => ({ project, index })),
  );
  await inParallel(drafts, 16, async ({ project, index }) => {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const task = made(
      await deps.taskService.create(
        owner,
        project.id,
        {
          title: `Task ${index + 1} of ${project.id.slice(-6)}`,
          description: 'Seeded for the benchmark.',
          status: STATUSES[index % STATUSES.length] ?? 'todo',
          priority: PRIORITIES[index % PRIORITIES.length] ?? 'medium',
          labels: [LABELS[index % LABELS.length] ?? 'docs'],
          ...(index % 3 === 0 ? {} : { assigneeId: assignees[index % assignees.length]?.sub }),
          ...(index % 4 === 0 ? {} : { dueDate: `2026-12-${day}` }),
        },
        withoutKey(),
      ),
    );
    project.taskIds.push(task.id);
  });
  // Spread over the projects round-robin, a few comments on each of their first tasks.
  const commented = Array.from({ length: options.comments }, (_, index) => {
    const project = projects[index % projects.length];
    const taskIds = project?.taskIds ?? [];
    return taskIds[Math.floor(index / projects.length) % Math.max(1, taskIds.length)] ?? '';
  }).filter((taskId) => taskId !== '');
  await inParallel(commented, 8, async (taskId, index) => {
    made(
      await deps.commentService.create(
        assignees[index % assignees.length] ?? owner,
        taskId,
        `Comment ${index + 1}`,
        withoutKey(),
      ),
    );
  });
  return projects;
}
