import type { MiddlewareHandler } from 'hono';
import { ForbiddenError, UnauthorizedError } from '#domain/errors';
import type { AppEnv } from '../context.ts';

/**
 * Admits only callers in the Cognito `group` (403 otherwise). Mount it after `authenticate`;
 * without a caller it refuses with 401 rather than trusting a missing context.
 */
export function requireGroup(group: string): MiddlewareHandler<AppEnv> {
  if (group.trim() === '') throw new RangeError('requireGroup needs a group name');
  return async function requireGroupMiddleware(c, next) {
    const user = c.get('user');
    if (!user) throw new UnauthorizedError();
    if (!user.groups.includes(group)) {
      throw new ForbiddenError(`This needs membership of the '${group}' group.`, 'group_required');
    }
    await next();
  };
}
