import type { SearchService } from '#services/search-service';
import { createRouter } from '../context.ts';
import { defineOperation } from '../schemas/operation.ts';
import { SearchQuerySchema, SearchResultPageSchema } from '../schemas/task.ts';

const searchTasks = defineOperation({
  operationId: 'searchTasks',
  method: 'get',
  path: '/v1/search',
  tags: ['Search'],
  summary: 'Find tasks by words of their title, description, labels and comments, across your projects',
  description:
    'Ranked: title matches first, then by relevance. Only projects you can read now are searched. Results follow changes within seconds (docs/search.md); at most 1,000 results can be paged through.',
  request: { query: SearchQuerySchema },
  responses: {
    200: {
      description: 'A page of results, each with its task, its project and a highlighted snippet',
      content: { 'application/json': { schema: SearchResultPageSchema } },
    },
  },
});

export function searchRoutes(deps: { searchService: SearchService }) {
  const { searchService } = deps;
  return createRouter().openapi(searchTasks, async (c) =>
    c.json(
      SearchResultPageSchema.parse(await searchService.search(c.get('user'), c.req.valid('query'))),
      200,
    ),
  );
}
