import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { createRoleInvite } from '../../../shared/contracts/org/create-role-invite.schema';
import { grantRole } from '../../../shared/contracts/org/grant-role.schema';
import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { revokeRole } from '../../../shared/contracts/org/revoke-role.schema';
import { listRoles } from '../../../shared/contracts/org/list-roles.schema';
import { roleRefOf } from '../../../server/roles/role-ref';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

describe('org: roles (grantRole, revokeRole, createRoleInvite)', () => {
  const backend = useBackend({ world: true });

  const rolesOf = async (openid: string) =>
    (await backend.as(openid).ok(myProfile, {})).roles.map((r) => `${r.orgId}:${r.role}:${r.title ?? ''}`);

  it('lets a committee admin make a bound member the branch secretary; granting again keeps one role', async () => {
    const admin = backend.as(PEOPLE.admin);
    expect(await admin.ok(grantRole, { orgId: 'bA', memberId: 'mA2', role: 'secretary', title: '副书记' })).toEqual({
      orgId: 'bA',
      memberId: 'mA2',
      role: 'secretary',
      title: '副书记',
    });
    await admin.ok(grantRole, { orgId: 'bA', memberId: 'mA2', role: 'secretary', title: '书记' });
    expect(await rolesOf(PEOPLE.memberA2)).toEqual(['bA:secretary:书记']);
    expect((await backend.db.collection('roles').where({ openid: PEOPLE.memberA2 }).count()).total).toBe(1);
  });

  it('lets the branch secretary appoint a recorder', async () => {
    await backend.as(PEOPLE.secretaryA).ok(grantRole, { orgId: 'bA', memberId: 'mA1', role: 'recorder', title: '记分员' });
    expect(await rolesOf(PEOPLE.memberA)).toEqual(['bA:recorder:记分员']);
  });

  it.each([
    ['a secretary appointing a secretary', PEOPLE.secretaryA, { orgId: 'bA', memberId: 'mA1', role: 'secretary' as const }],
    ['another branch’s secretary', PEOPLE.secretaryB, { orgId: 'bA', memberId: 'mA1', role: 'recorder' as const }],
    ['a recorder', PEOPLE.recorderA, { orgId: 'bA', memberId: 'mA1', role: 'recorder' as const }],
    ['a member of the branch', PEOPLE.memberB, { orgId: 'bB', memberId: 'mB1', role: 'recorder' as const }],
    ['a stranger', PEOPLE.stranger, { orgId: 'bA', memberId: 'mA1', role: 'recorder' as const }],
  ])('refuses %s (FORBIDDEN)', async (_, openid, request) => {
    expect(await backend.as(openid).call(grantRole, request)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses an unbound member (NOT_BOUND_YET) and a member of another branch', async () => {
    const admin = backend.as(PEOPLE.admin);
    expect(await admin.call(grantRole, { orgId: 'bA', memberId: 'mA3', role: 'recorder' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'NOT_BOUND_YET',
    });
    expect(await admin.call(grantRole, { orgId: 'bA', memberId: 'mB1', role: 'recorder' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'memberId' }],
    });
    expect(await admin.call(grantRole, { orgId: 'bA', memberId: 'nobody', role: 'recorder' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('revokes a recorder (secretary), answering revoked: false when there is nothing to revoke', async () => {
    const secretary = backend.as(PEOPLE.secretaryA);
    expect(await secretary.ok(revokeRole, { orgId: 'bA', roleRef: roleRefOf(PEOPLE.recorderA, 'bA', 'recorder') })).toEqual({
      revoked: true,
    });
    expect(await rolesOf(PEOPLE.recorderA)).toEqual([]);
    expect(await secretary.ok(revokeRole, { orgId: 'bA', roleRef: roleRefOf(PEOPLE.recorderA, 'bA', 'recorder') })).toEqual({
      revoked: false,
    });
    expect(await secretary.call(revokeRole, { orgId: 'bA', roleRef: roleRefOf(PEOPLE.secretaryA, 'bA', 'secretary') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(
      await backend.as(PEOPLE.secretaryB).call(revokeRole, { orgId: 'bA', roleRef: roleRefOf(PEOPLE.memberA, 'bA', 'recorder') }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await rolesOf(PEOPLE.memberA)).toEqual(['bA:recorder:记分员']);
  });

  it('hands out role invites under the grant rules and gives the role to whoever redeems one', async () => {
    const secretary = backend.as(PEOPLE.secretaryA);
    expect(await secretary.call(createRoleInvite, { orgId: 'c1', role: 'committeeAdmin' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await secretary.call(createRoleInvite, { orgId: 'bA', role: 'secretary' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.admin).call(createRoleInvite, { orgId: 'bA', role: 'committeeAdmin' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'orgId' }],
    });
    const invite = await secretary.ok(createRoleInvite, { orgId: 'bA', role: 'recorder', title: '记分员' });
    expect(await backend.as('o-new-recorder').ok(bindWithCode, { code: invite.code })).toEqual({
      role: { orgId: 'bA', role: 'recorder', title: '记分员' },
    });
    expect(await rolesOf('o-new-recorder')).toEqual(['bA:recorder:记分员']);
  });

  it('keeps at least one committee admin', async () => {
    const admin = backend.as(PEOPLE.admin);
    expect(await admin.call(revokeRole, { orgId: 'c1', roleRef: roleRefOf(PEOPLE.admin, 'c1', 'committeeAdmin') })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'LAST_ADMIN',
    });
    const invite = await admin.ok(createRoleInvite, { orgId: 'c1', role: 'committeeAdmin', title: '组织委员' });
    await backend.as('o-admin-2').ok(bindWithCode, { code: invite.code });
    expect(await rolesOf('o-admin-2')).toEqual(['c1:committeeAdmin:组织委员']);

    expect(await backend.as('o-admin-2').ok(revokeRole, { orgId: 'c1', roleRef: roleRefOf(PEOPLE.admin, 'c1', 'committeeAdmin') })).toEqual(
      { revoked: true },
    );
    expect(await rolesOf(PEOPLE.admin)).toEqual([]);
    expect(
      await backend.as('o-admin-2').call(revokeRole, { orgId: 'c1', roleRef: roleRefOf('o-admin-2', 'c1', 'committeeAdmin') }),
    ).toMatchObject({ ok: false, code: 'CONFLICT', reason: 'LAST_ADMIN' });
    expect(
      await backend.as(PEOPLE.secretaryA).call(revokeRole, { orgId: 'c1', roleRef: roleRefOf('o-admin-2', 'c1', 'committeeAdmin') }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await rolesOf('o-admin-2')).toEqual(['c1:committeeAdmin:组织委员']);
  });
  it('lists a branch’s officers with opaque references (never openids) that revokeRole takes', async () => {
    await backend.db.collection('roles').doc(`${PEOPLE.memberA2}:bA:recorder`).set({
      openid: PEOPLE.memberA2,
      orgId: 'bA',
      role: 'recorder',
      title: '记分员',
      grantedBy: PEOPLE.secretaryA,
      grantedAt: new Date(),
    });
    const listed = await backend.as(PEOPLE.secretaryA).ok(listRoles, { orgId: 'bA' });
    const recorder = listed.roles.find((r) => r.name === '李二' && r.role === 'recorder');
    expect(recorder).toEqual({
      roleRef: roleRefOf(PEOPLE.memberA2, 'bA', 'recorder'),
      role: 'recorder',
      title: '记分员',
      name: '李二',
      grantedAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain('o-');
    expect(await backend.as(PEOPLE.recorderA).call(listRoles, { orgId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.secretaryB).call(listRoles, { orgId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.secretaryA).ok(revokeRole, { orgId: 'bA', roleRef: recorder!.roleRef })).toEqual({ revoked: true });
    expect(
      (await backend.as(PEOPLE.secretaryA).ok(listRoles, { orgId: 'bA' })).roles.some((r) => r.name === '李二' && r.role === 'recorder'),
    ).toBe(false);
  });

  it("keeps the holder's name on the role, whichever way it was given, for the ledger lines they will write", async () => {
    await backend.as(PEOPLE.secretaryA).ok(grantRole, { orgId: 'bA', memberId: 'mA1', role: 'recorder', title: '记分员' });
    const granted = (await backend.db.collection('roles').doc(`${PEOPLE.memberA}:bA:recorder`).get()).data[0] as { name?: string };
    expect(granted.name).toBe('张一');
    const invite = await backend.as(PEOPLE.secretaryA).ok(createRoleInvite, { orgId: 'bA', role: 'recorder', title: '记分员' });
    await backend.as(PEOPLE.memberA2).ok(bindWithCode, { code: invite.code });
    const redeemed = (await backend.db.collection('roles').doc(`${PEOPLE.memberA2}:bA:recorder`).get()).data[0] as { name?: string };
    expect(redeemed.name).toBe('李二');
  });
});
