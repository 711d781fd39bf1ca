import { LIMITS, PROJECT_ROLES } from '#domain/vocabulary';
import { IdSchema, pageOf, TimestampSchema } from './common.ts';
import * as z from './zod.ts';

const name = z.string().trim().min(1).max(LIMITS.projectName);
const description = z.string().max(LIMITS.projectDescription);

export const ProjectCreateSchema = z
  .strictObject({ name, description: description.optional() })
  .openapi('ProjectCreate', {
    example: { name: 'Launch', description: 'Everything for the November launch' },
  });

export const ProjectReplaceSchema = z
  .strictObject({ name, description: description.optional() })
  .openapi('ProjectReplace', { description: 'Every client-owned field; a description left out is removed.' });

export const ProjectUpdateSchema = z
  .strictObject({ name: name.optional(), description: description.nullable().optional() })
  .refine((value) => Object.keys(value).length > 0, {
    message: 'must change at least one field',
    // Only when the fields themselves are fine: an unknown field is the error to report then.
    when: (payload) => payload.issues.length === 0,
  })
  .openapi('ProjectUpdate', {
    description: 'Send only what changes; null removes the description.',
    minProperties: 1,
  });

export const ProjectSchema = z
  .object({
    id: IdSchema,
    name,
    description: description.optional(),
    ownerId: z.string(),
    inbox: z.boolean().openapi({ description: "True for a user's personal Inbox (it cannot be deleted)" }),
    role: z.enum(PROJECT_ROLES).openapi({ description: "The caller's role in this project" }),
    version: z.number().int().positive(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi('Project');

export const ProjectPageSchema = pageOf(ProjectSchema, 'ProjectPage');
export const ProjectParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});
