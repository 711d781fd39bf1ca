import { PROJECT_ROLES } from '#domain/vocabulary';
import { EmailSchema, IdSchema, pageOf, TimestampSchema, UserIdSchema } from './common.ts';
import * as z from './zod.ts';

const role = z.enum(PROJECT_ROLES);

/** One object (not a union) so an unknown field is named in the 422 like everywhere else. */
export const MemberAddSchema = z
  .strictObject({
    userId: UserIdSchema.optional().openapi({ description: "The user's Cognito id (sub)" }),
    email: EmailSchema.optional().openapi({ description: 'The e-mail address of an existing user' }),
    role,
  })
  .superRefine((value, ctx) => {
    const given = [value.userId, value.email].filter((field) => field !== undefined).length;
    if (given !== 1) {
      for (const path of ['userId', 'email']) {
        ctx.addIssue({ code: 'custom', path: [path], message: 'give exactly one of userId and email' });
      }
    }
  })
  .openapi('MemberAdd', {
    description: 'Exactly one of `userId` and `email`',
    oneOf: [{ required: ['userId'] }, { required: ['email'] }],
    example: { email: 'bob@example.com', role: 'member' },
  });

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
  userId: UserIdSchema.openapi({ param: { name: 'userId', in: 'path' } }),
});
