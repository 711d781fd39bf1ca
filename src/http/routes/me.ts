import type { SessionService } from '#services/session-service';
import { createRouter } from '../context.ts';
import { MeSchema } from '../schemas/auth.ts';
import { defineOperation } from '../schemas/operation.ts';

const meRoute = defineOperation({
  operationId: 'getMe',
  method: 'get',
  path: '/v1/me',
  tags: ['Auth'],
  summary: 'The signed-in user',
  responses: {
    200: { description: 'You', content: { 'application/json': { schema: MeSchema } } },
  },
});

export function meRoutes(deps: { sessionService: SessionService }) {
  const { sessionService } = deps;
  return createRouter().openapi(meRoute, (c) => {
    const me = sessionService.me(c.get('user'));
    return c.json(MeSchema.parse({ ...me, email: me.email ?? null }), 200);
  });
}
