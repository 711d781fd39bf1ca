import { z } from '@hono/zod-openapi';
import { ROLES } from '#domain/roles';
import { IdSchema, pageOf, TimestampSchema } from './common.ts';

const role = z.enum(ROLES);

export const MemberAddSchema = z
  .union([
    z.strictObject({ userId: z.string().min(1).max(128), role }),
    z.strictObject({ email: z.email().max(254), role }),
  ])
  .openapi('MemberAdd', { example: { email: 'bob@example.com', role: 'member' } });

export const MemberRoleUpdateSchema = z.strictObject({ role }).openapi('MemberRoleUpdate');

export const MemberSchema = z
  .object({
    projectId: IdSchema,
    userId: z.string(),
    email: z.string().optional(),
    role,
    addedAt: TimestampSchema,
  })
  .openapi('Member');

export const MemberPageSchema = pageOf(MemberSchema, 'MemberPage');
export const MemberParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
  userId: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'userId', in: 'path' } }),
});
