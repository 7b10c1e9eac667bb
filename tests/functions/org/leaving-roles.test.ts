import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { grantRole } from '../../../shared/contracts/org/grant-role.schema';
import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { listRoles } from '../../../shared/contracts/org/list-roles.schema';
import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { unbindMember } from '../../../shared/contracts/org/unbind-member.schema';
import { memberHome } from '../../../shared/contracts/home/member-home.schema';
import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { MemberDoc } from '../../../server/members/member.doc';
import { RoleDoc, roleId } from '../../../server/roles/role.doc';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

/** A member's roles end in the branch they leave: moved to another branch, or their WeChat unbound. */
describe('org: roles end when their holder leaves the branch', () => {
  const backend = useBackend({ world: true });
  let seq = 0;
  beforeAll(async () => {
    await backend.db
      .collection('orgs')
      .doc('bC')
      .set({ kind: 'branch', name: '西村党支部', parentId: 'c1', ancestors: ['c1'], createdAt: new Date(), createdBy: PEOPLE.admin });
  });

  const admin = () => backend.as(PEOPLE.admin);
  const rolesHeld = async (openid: string) =>
    (await backend.db.collection('roles').where({ openid }).get()).data
      .map((d: unknown) => RoleDoc.parse(d))
      .map((r) => `${r.orgId}:${r.role}`)
      .sort();

  /** A member of branch A bound to `openid` through the real invite, holding `roles` there and a recorder role in branch C. */
  async function officer(openid: string, roles: { role: 'secretary' | 'recorder'; title?: string }[]): Promise<string> {
    seq += 1;
    const { memberId } = await admin().ok(addMember, {
      branchId: 'bA',
      name: `干部${'甲乙丙丁戊己庚辛'[seq - 1]}`,
      gender: 'male',
      birthDate: '1968-04-04',
      joinDate: '1990-07-01',
      status: 'full',
      category: 'selfManaged',
    });
    await backend.as(openid).ok(bindWithCode, { code: (await admin().ok(createInvite, { memberId })).code });
    for (const r of roles) await admin().ok(grantRole, { orgId: 'bA', memberId, ...r });
    await backend.db
      .collection('roles')
      .doc(roleId(openid, 'bC', 'recorder'))
      .set({ openid, orgId: 'bC', role: 'recorder', grantedBy: PEOPLE.admin, grantedAt: new Date() });
    return memberId;
  }

  describe('moveMember', () => {
    it('ends the roles in the branch left, in the same operation, and says which; roles elsewhere stay', async () => {
      const memberId = await officer('o-mover', [{ role: 'recorder' }, { role: 'secretary', title: '副书记' }]);
      expect(await backend.as('o-mover').call(listMembers, { branchId: 'bA' })).toMatchObject({ ok: true });

      const moved = await admin().ok(moveMember, { memberId, toBranchId: 'bB' });
      expect(moved.endedRoles).toEqual([
        { orgId: 'bA', role: 'secretary', title: '副书记', label: '东村党支部副书记' },
        { orgId: 'bA', role: 'recorder', title: null, label: '东村党支部记分员' },
      ]);
      expect(await rolesHeld('o-mover')).toEqual(['bC:recorder']);
      // The old branch is closed to them at once: no listing, no review queue, not among its officers.
      expect(await backend.as('o-mover').call(listMembers, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await backend.as('o-mover').call(reviewQueue, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect((await admin().ok(listRoles, { orgId: 'bA' })).roles.map((r) => r.name)).not.toContain('干部甲');
      // Elsewhere nothing changed: still the recorder of branch C, and a member of branch B now.
      expect(await backend.as('o-mover').call(listMembers, { branchId: 'bC' })).toMatchObject({ ok: true });
      const profile = await backend.as('o-mover').ok(myProfile, {});
      expect(profile.roles.map((r) => `${r.orgId}:${r.role}`)).toEqual(['bC:recorder']);
      expect(profile.members.map((m) => m.branchId)).toEqual(['bB']);
    });

    it('answers an empty list for a member without roles, and for an unbound record', async () => {
      const bound = await officer('o-plain-mover', []);
      expect((await admin().ok(moveMember, { memberId: bound, toBranchId: 'bB' })).endedRoles).toEqual([]);
      expect(await rolesHeld('o-plain-mover')).toEqual(['bC:recorder']);
      expect((await admin().ok(moveMember, { memberId: 'mA3', toBranchId: 'bB' })).endedRoles).toEqual([]);
    });

    it('ends nothing when the move is refused', async () => {
      const memberId = await officer('o-stuck', [{ role: 'recorder' }]);
      const name = (await admin().ok(listMembers, { branchId: 'bA', limit: 100 })).members.find((m) => m.memberId === memberId)!.name;
      await admin().ok(addMember, {
        branchId: 'bB',
        name,
        gender: 'male',
        birthDate: '1968-04-04',
        joinDate: '1990-07-01',
        status: 'full',
        category: 'selfManaged',
      });
      expect(await admin().call(moveMember, { memberId, toBranchId: 'bB' })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'MEMBER_EXISTS',
      });
      expect(await rolesHeld('o-stuck')).toEqual(['bA:recorder', 'bC:recorder']);
      expect(await backend.as('o-stuck').call(listMembers, { branchId: 'bA' })).toMatchObject({ ok: true });
    });
  });

  describe('unbindMember (a member changed WeChat accounts)', () => {
    const stored = async (id: string) => MemberDoc.parse((await backend.db.collection('members').doc(id).get()).data[0]);

    it('clears the binding: the old WeChat loses access at once, a new invite binds the new WeChat', async () => {
      const memberId = await officer('o-old-phone', []);
      expect(await backend.as(PEOPLE.secretaryA).call(createInvite, { memberId })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'ALREADY_BOUND',
      });
      const usedCode = (await backend.db.collection('invites').where({ memberId, usedBy: 'o-old-phone' }).get()).data.length;
      expect(usedCode).toBe(1);

      expect(await backend.as(PEOPLE.secretaryA).ok(unbindMember, { memberId })).toEqual({ unbound: true, endedRoles: [] });
      expect(await stored(memberId)).toMatchObject({ openid: null, boundAt: null, active: true });
      // A second tap once it is done changes nothing more.
      expect(await backend.as(PEOPLE.secretaryA).ok(unbindMember, { memberId })).toEqual({ unbound: false, endedRoles: [] });
      expect((await backend.as('o-old-phone').ok(myProfile, {})).members).toEqual([]);
      expect(await backend.as('o-old-phone').call(memberHome, {})).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'NOT_BOUND' });

      const fresh = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId });
      expect(await backend.as('o-new-phone').ok(bindWithCode, { code: fresh.code })).toEqual({ memberId, branchId: 'bA' });
      expect(await stored(memberId)).toMatchObject({ openid: 'o-new-phone' });
      expect((await backend.as('o-new-phone').ok(myProfile, {})).members.map((m) => m.memberId)).toEqual([memberId]);
    });

    it('voids every invite issued before the unbinding; the old WeChat cannot take the record back with its used code', async () => {
      const { memberId } = await admin().ok(addMember, {
        branchId: 'bA',
        name: '换机党员',
        gender: 'female',
        birthDate: '1957-02-02',
        joinDate: '1980-07-01',
        status: 'full',
        category: 'selfManaged',
      });
      const first = await admin().ok(createInvite, { memberId });
      await backend.as('o-first-phone').ok(bindWithCode, { code: first.code });
      // An unused code from before (issued, then the record got bound some other way).
      await backend.db.collection('members').doc(memberId).update({ openid: null, boundAt: null });
      const pending = await admin().ok(createInvite, { memberId });
      await backend.db.collection('members').doc(memberId).update({ openid: 'o-first-phone', boundAt: new Date() });

      await admin().ok(unbindMember, { memberId });
      expect(await backend.as('o-first-phone').call(bindWithCode, { code: first.code })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'INVITE_USED',
      });
      expect(await backend.as('o-second-phone').call(bindWithCode, { code: pending.code })).toMatchObject({
        ok: false,
        code: 'EXPIRED',
        reason: 'INVITE_VOIDED',
      });
      expect(await stored(memberId)).toMatchObject({ openid: null });
      const next = await admin().ok(createInvite, { memberId });
      expect(await backend.as('o-second-phone').ok(bindWithCode, { code: next.code })).toEqual({ memberId, branchId: 'bA' });
    });

    it('ends the roles the old WeChat held in the branch, and only there', async () => {
      const memberId = await officer('o-old-recorder', [{ role: 'recorder', title: '记分员' }]);
      expect(await backend.as(PEOPLE.secretaryA).ok(unbindMember, { memberId })).toEqual({
        unbound: true,
        endedRoles: [{ orgId: 'bA', role: 'recorder', title: '记分员', label: '东村党支部记分员' }],
      });
      expect(await rolesHeld('o-old-recorder')).toEqual(['bC:recorder']);
      expect(await backend.as('o-old-recorder').call(listMembers, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await backend.as('o-old-recorder').call(listMembers, { branchId: 'bC' })).toMatchObject({ ok: true });
    });

    it('leaves ending a 书记 role to a committee admin, changing nothing when refused', async () => {
      const memberId = await officer('o-old-secretary', [{ role: 'secretary', title: '书记' }]);
      expect(await backend.as(PEOPLE.secretaryA).call(unbindMember, { memberId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await stored(memberId)).toMatchObject({ openid: 'o-old-secretary' });
      expect(await rolesHeld('o-old-secretary')).toEqual(['bA:secretary', 'bC:recorder']);
      expect((await admin().ok(unbindMember, { memberId })).endedRoles).toEqual([
        { orgId: 'bA', role: 'secretary', title: '书记', label: '东村党支部书记' },
      ]);
      expect(await rolesHeld('o-old-secretary')).toEqual(['bC:recorder']);
    });

    it('refuses unbinding oneself, a moved-out record, and callers without authority over the branch', async () => {
      const memberId = await officer('o-self', [{ role: 'recorder' }]);
      await admin().ok(grantRole, { orgId: 'bA', memberId, role: 'secretary' });
      expect(await backend.as('o-self').call(unbindMember, { memberId })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        reason: 'SELF_UNBIND',
      });
      for (const openid of [PEOPLE.recorderA, PEOPLE.memberA2, PEOPLE.secretaryB, PEOPLE.stranger]) {
        expect(await backend.as(openid).call(unbindMember, { memberId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(await rolesHeld('o-self')).toEqual(['bA:recorder', 'bA:secretary', 'bC:recorder']);
      const moved = await officer('o-moved-away', []);
      await admin().ok(moveMember, { memberId: moved, toBranchId: 'bB' });
      expect(await admin().call(unbindMember, { memberId: moved })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'MEMBER_INACTIVE',
      });
      expect(await admin().call(unbindMember, { memberId: 'no-such-member' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    });
  });
});
