import { createRoute } from '@hono/zod-openapi';
import type { AuthService } from '#services/auth-service';
import { createRouter } from '../context.ts';
import { MeSchema } from '../schemas/auth.ts';
import { problemResponses } from '../schemas/problem.ts';

const meRoute = createRoute({
  method: 'get',
  path: '/v1/me',
  tags: ['Auth'],
  summary: 'The signed-in user',
  security: [{ bearerAuth: [] }],
  responses: {
    200: { description: 'You', content: { 'application/json': { schema: MeSchema } } },
    ...problemResponses(401, 503),
  },
});

export function meRoutes(service: AuthService) {
  return createRouter().openapi(meRoute, (c) => {
    const me = service.me(c.get('user'));
    return c.json({ ...me, email: me.email ?? null }, 200);
  });
}
