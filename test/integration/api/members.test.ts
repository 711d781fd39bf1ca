import { beforeAll, describe, expect, it } from 'vitest';
import { projectEntity } from '#data/entities/project';
import { MemberPageSchema, MemberSchema } from '#http/schemas/member';
import {
  type ApiClient,
  clientFor,
  expectResponse,
  postMember,
  postProject,
  signedInUser,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { fixtureMapper } from '#test/support/fixtures';

let api: TestApi;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let asAlice: ApiClient;
let asBob: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  const signed = await signedInUsers(api, ['alice', 'bob', 'carol']);
  ({ alice, bob, carol } = signed);
  [asAlice, asBob] = [signed.alice.client, signed.bob.client];
});

async function members(client: ApiClient, projectId: string) {
  const page = expectResponse(
    await client.get(`/v1/projects/${projectId}/members?limit=100`),
    200,
    MemberPageSchema,
  );
  return Object.fromEntries(page.items.map((member) => [member.userId, member.role]));
}

async function storedOwnerCount(projectId: string) {
  return (await fixtureMapper(api.config).get(projectEntity, { id: projectId }, { consistent: true }))
    ?.ownerCount;
}

describe('members', () => {
  it('adds a user by e-mail and by id, with Location; lists members', async () => {
    const project = await postProject(asAlice);
    const byEmail = await asAlice.post(`/v1/projects/${project.id}/members`, {
      email: bob.email,
      role: 'member',
    });
    expect(expectResponse(byEmail, 201, MemberSchema)).toMatchObject({
      projectId: project.id,
      userId: bob.sub,
      email: bob.email,
      role: 'member',
    });
    expect(byEmail.headers.get('location')).toBe(`/v1/projects/${project.id}/members/${bob.sub}`);
    const byId = await asAlice.post(`/v1/projects/${project.id}/members`, {
      userId: carol.sub,
      role: 'viewer',
    });
    expect(expectResponse(byId, 201, MemberSchema)).toMatchObject({ userId: carol.sub, email: carol.email });
    expect(await members(asBob, project.id)).toEqual({
      [alice.sub]: 'owner',
      [bob.sub]: 'member',
      [carol.sub]: 'viewer',
    });
  });

  it('pages through members', async () => {
    const project = await postProject(asAlice);
    await postMember(asAlice, project.id, bob.sub, 'member');
    await postMember(asAlice, project.id, carol.sub, 'member');
    const first = expectResponse(
      await asAlice.get(`/v1/projects/${project.id}/members?limit=2`),
      200,
      MemberPageSchema,
    );
    expect(first.items).toHaveLength(2);
    const cursor = encodeURIComponent(first.nextCursor ?? '');
    const second = expectResponse(
      await asAlice.get(`/v1/projects/${project.id}/members?limit=2&cursor=${cursor}`),
      200,
      MemberPageSchema,
    );
    expect(second).toMatchObject({ nextCursor: null });
    expect(new Set([...first.items, ...second.items].map((m) => m.userId)).size).toBe(3);
  });

  it('answers 422 naming the field for an unknown user, 409 for a member, 422 for bad bodies', async () => {
    const project = await postProject(asAlice);
    const path = `/v1/projects/${project.id}/members`;
    const unknownEmail = await asAlice.post(path, { email: 'nobody-here@example.com', role: 'member' });
    expect(unknownEmail.status).toBe(422);
    expect(unknownEmail.body).toMatchObject({ errors: [{ path: 'body.email' }] });
    const unknownId = await asAlice.post(path, { userId: 'no-such-sub', role: 'member' });
    expect(unknownId.body).toMatchObject({ status: 422, errors: [{ path: 'body.userId' }] });
    // An e-mail is an alias Cognito resolves; as a user id it names nobody.
    expect((await asAlice.post(path, { userId: bob.email, role: 'member' })).status).toBe(422);
    expect((await asAlice.post(path, { userId: alice.sub, role: 'member' })).status).toBe(409);
    const both = await asAlice.post(path, { userId: bob.sub, email: bob.email, role: 'member' });
    expect(both.status).toBe(422);
    const extra = await asAlice.post(path, {
      userId: bob.sub,
      role: 'boss',
      addedAt: 'x',
      projectId: project.id,
    });
    const paths = (extra.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['body.addedAt', 'body.projectId', 'body.role']);
  });

  it('replays an add with the same Idempotency-Key', async () => {
    const project = await postProject(asAlice);
    const path = `/v1/projects/${project.id}/members`;
    const headers = { 'idempotency-key': 'add-bob' };
    const first = await asAlice.post(path, { userId: bob.sub, role: 'member' }, headers);
    const again = await asAlice.post(path, { userId: bob.sub, role: 'member' }, headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await asAlice.post(path, { userId: bob.sub, role: 'admin' }, headers)).status).toBe(422);
  });

  it('keeps the last owner: demote, remove and leave answer 409 last_owner', async () => {
    const project = await postProject(asAlice);
    const base = `/v1/projects/${project.id}`;
    const demote = await asAlice.patch(`${base}/members/${alice.sub}`, { role: 'admin' });
    expect(demote.body).toMatchObject({ status: 409, code: 'last_owner' });
    expect((await asAlice.delete(`${base}/members/${alice.sub}`)).status).toBe(409);
    expect((await asAlice.post(`${base}/leave`)).status).toBe(409);
    await postMember(asAlice, project.id, bob.sub, 'owner');
    expect(await storedOwnerCount(project.id)).toBe(2);
    expect((await asAlice.post(`${base}/leave`)).status).toBe(204);
    expect(await members(asBob, project.id)).toEqual({ [bob.sub]: 'owner' });
    expect(await storedOwnerCount(project.id)).toBe(1);
    expect((await asAlice.get(base)).status).toBe(404);
  });

  it('lets any member leave', async () => {
    const project = await postProject(asAlice);
    await postMember(asAlice, project.id, bob.sub, 'viewer');
    expect((await asBob.post(`/v1/projects/${project.id}/leave`)).status).toBe(204);
    expect((await asBob.get(`/v1/projects/${project.id}`)).status).toBe(404);
    expect((await asBob.post(`/v1/projects/${project.id}/leave`)).status).toBe(404);
  });

  it('keeps at least one owner under many parallel demotions, and the count right', async () => {
    const project = await postProject(asAlice);
    const owners = await Promise.all(Array.from({ length: 5 }, (_, i) => signedInUser(api, `owner${i}`)));
    for (const owner of owners) await postMember(asAlice, project.id, owner.sub, 'owner');
    const everyone = [alice, ...owners];
    expect(await storedOwnerCount(project.id)).toBe(6);
    // Every owner demotes every owner (themselves included) at once.
    const results = await Promise.all(
      everyone.flatMap((actor) =>
        everyone.map((target) =>
          clientFor(api, actor).patch(`/v1/projects/${project.id}/members/${target.sub}`, { role: 'member' }),
        ),
      ),
    );
    for (const result of results) expect([200, 403, 404, 409]).toContain(result.status);
    // Demoted owners stay members, so alice still sees the list.
    const finalRoles = await members(asAlice, project.id);
    const ownerCount = Object.values(finalRoles).filter((role) => role === 'owner').length;
    expect(ownerCount).toBeGreaterThanOrEqual(1);
    expect(await storedOwnerCount(project.id)).toBe(ownerCount);
  });

  it('keeps at least one owner under parallel leaves and removals', async () => {
    const project = await postProject(asAlice);
    const owners = await Promise.all(Array.from({ length: 3 }, (_, i) => signedInUser(api, `leaver${i}`)));
    for (const owner of owners) await postMember(asAlice, project.id, owner.sub, 'owner');
    const everyone = [alice, ...owners];
    const results = await Promise.all([
      ...everyone.map((actor) => clientFor(api, actor).post(`/v1/projects/${project.id}/leave`)),
      ...everyone.map((actor, i) =>
        clientFor(api, actor).delete(`/v1/projects/${project.id}/members/${everyone[(i + 1) % 4]?.sub}`),
      ),
    ]);
    for (const result of results) expect([204, 403, 404, 409]).toContain(result.status);
    const finalRoles = await anyMemberView(everyone, project.id);
    const ownerCount = Object.values(finalRoles).filter((role) => role === 'owner').length;
    expect(ownerCount).toBeGreaterThanOrEqual(1);
    expect(await storedOwnerCount(project.id)).toBe(ownerCount);
  });
});

/** The member list as seen by whoever is still a member. */
async function anyMemberView(users: TestUser[], projectId: string): Promise<Record<string, string>> {
  for (const user of users) {
    const response = await clientFor(api, user).get(`/v1/projects/${projectId}/members?limit=100`);
    if (response.status === 200) return members(clientFor(api, user), projectId);
  }
  throw new Error('nobody is a member any more');
}
