import type { Membership } from '#data/entities/membership';
import type { MemberService } from '#services/member-service';
import { createRouter } from '../context.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import { PageQuerySchema } from '../schemas/common.ts';
import {
  MemberAddSchema,
  MemberPageSchema,
  MemberParamsSchema,
  MemberRoleUpdateSchema,
  MemberSchema,
} from '../schemas/member.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import { ProjectParamsSchema } from '../schemas/project.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const common = { tags: ['Members'] };
const MEMBERS_PATH = '/v1/projects/{projectId}/members';

const listMembersRoute = defineOperation({
  ...common,
  operationId: 'listMembers',
  method: 'get',
  path: MEMBERS_PATH,
  summary: "A project's members (any member)",
  request: { params: ProjectParamsSchema, query: PageQuerySchema },
  responses: {
    200: { description: 'A page', ...json(MemberPageSchema) },
  },
  problems: { 404: ['project_not_found'] },
});

const addMemberRoute = defineOperation({
  ...common,
  operationId: 'addMember',
  method: 'post',
  path: MEMBERS_PATH,
  summary: 'Add an existing user by id or e-mail (admins and owners; only owners grant owner)',
  request: { params: ProjectParamsSchema, ...body(MemberAddSchema) },
  responses: {
    201: { description: 'Added', ...json(MemberSchema), headers: responseHeaders('Location') },
  },
  idempotent: true,
  problems: {
    403: ['role_forbids'],
    404: ['project_not_found'],
    409: ['already_member', 'transaction_cancelled'],
  },
});

const changeRoleRoute = defineOperation({
  ...common,
  operationId: 'changeMemberRole',
  method: 'patch',
  path: `${MEMBERS_PATH}/{userId}`,
  summary: "Change a member's role (admins and owners; only owners grant or take owner)",
  request: { params: MemberParamsSchema, ...body(MemberRoleUpdateSchema) },
  responses: {
    200: { description: 'Updated', ...json(MemberSchema) },
  },
  problems: {
    403: ['role_forbids'],
    404: ['project_not_found', 'member_not_found'],
    409: ['last_owner', 'transaction_cancelled'],
  },
});

const removeMemberRoute = defineOperation({
  ...common,
  operationId: 'removeMember',
  method: 'delete',
  path: `${MEMBERS_PATH}/{userId}`,
  summary: 'Remove a member (admins and owners; only owners remove owners; your own id = leave)',
  request: { params: MemberParamsSchema },
  responses: { 204: { description: 'Removed' } },
  problems: {
    403: ['role_forbids'],
    404: ['project_not_found', 'member_not_found'],
    409: ['last_owner', 'transaction_cancelled'],
  },
});

const leaveRoute = defineOperation({
  ...common,
  operationId: 'leaveProject',
  method: 'post',
  path: '/v1/projects/{projectId}/leave',
  summary: 'Leave a project (any member; the last owner cannot)',
  request: { params: ProjectParamsSchema },
  responses: { 204: { description: 'Left' } },
  problems: { 404: ['project_not_found'], 409: ['last_owner', 'transaction_cancelled'] },
});

/** The answer to an add, also stored for replays under its Idempotency-Key. */
const memberAdded = (member: Membership) => ({
  status: 201 as const,
  headers: { Location: `/v1/projects/${member.projectId}/members/${encodeURIComponent(member.userId)}` },
  body: MemberSchema.parse(member),
});

export function memberRoutes(deps: { memberService: MemberService }) {
  const { memberService } = deps;
  return createRouter()
    .openapi(listMembersRoute, async (c) => {
      const page = await memberService.list(
        c.get('user'),
        c.req.valid('param').projectId,
        c.req.valid('query'),
      );
      return c.json(MemberPageSchema.parse(page), 200);
    })
    .openapi(addMemberRoute, async (c) => {
      const { projectId } = c.req.valid('param');
      const { role, userId, email } = c.req.valid('json');
      const input = userId !== undefined ? { userId, role } : { email: email ?? '', role };
      return answerCreate(c, memberAdded, (options) =>
        memberService.add(c.get('user'), projectId, input, options),
      );
    })
    .openapi(changeRoleRoute, async (c) => {
      const { projectId, userId } = c.req.valid('param');
      const member = await memberService.changeRole(
        c.get('user'),
        projectId,
        userId,
        c.req.valid('json').role,
      );
      return c.json(MemberSchema.parse(member), 200);
    })
    .openapi(removeMemberRoute, async (c) => {
      const { projectId, userId } = c.req.valid('param');
      await memberService.delete(c.get('user'), projectId, userId);
      return c.body(null, 204);
    })
    .openapi(leaveRoute, async (c) => {
      await memberService.leave(c.get('user'), c.req.valid('param').projectId);
      return c.body(null, 204);
    });
}
