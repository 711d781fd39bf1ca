import type { Config } from '#config';
import type { Services } from '#container';
import type { AuthUser } from '#domain/auth';
import { createWorkerContainer } from '#worker-container';
import type { RequestShape } from './load.ts';
import { seedBenchData } from './seed.ts';

/** One project of this many tasks: the embedded index's documented bound (docs/search.md). */
export const SEARCH_TASKS = Number(process.env.BENCH_SEARCH_TASKS ?? 10_000);

export interface SearchBenchProject {
  projectId: string;
  tasks: number;
}

/**
 * Seeds one project of SEARCH_TASKS tasks through the services and builds its search index from
 * the table, as `npm run search:rebuild` does (the bench runs no stream worker).
 */
export async function seedSearchProject(
  config: Config,
  services: Pick<Services, 'projectService' | 'memberService' | 'taskService' | 'commentService'>,
  owner: AuthUser,
): Promise<SearchBenchProject> {
  const [project] = await seedBenchData(services, owner, [], {
    projects: 1,
    tasksPerProject: SEARCH_TASKS,
    comments: 0,
  });
  if (!project) throw new Error('search bench: no project seeded');
  const tasks = await createWorkerContainer(config).searchRebuild.project(project.id);
  if (tasks !== SEARCH_TASKS) throw new Error(`search bench: indexed ${tasks} of ${SEARCH_TASKS} tasks`);
  return { projectId: project.id, tasks };
}

/**
 * What a user types: a word every task has plus the prefix of a task number (search as you type),
 * a word every task has alone (the worst ranking case), a typo of it (fuzzy).
 */
export function searchShapes(project: SearchBenchProject): RequestShape[] {
  const number = () => String(1 + Math.floor(Math.random() * project.tasks)).slice(0, 3);
  return [
    { method: 'GET', path: () => `/v1/search?q=task+${number()}&limit=25` },
    { method: 'GET', path: () => `/v1/projects/${project.projectId}/tasks?q=task+${number()}&limit=25` },
    { method: 'GET', path: () => '/v1/search?q=seeded&limit=25' },
    { method: 'GET', path: () => '/v1/search?q=benchmarc&limit=25' },
  ];
}

/** The plain task list of the same project, for the ratio. */
export function listShapes(project: SearchBenchProject): RequestShape[] {
  return [{ method: 'GET', path: () => `/v1/projects/${project.projectId}/tasks?limit=25` }];
}
