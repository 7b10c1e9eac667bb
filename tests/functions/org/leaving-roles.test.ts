import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { grantRole } from '../../../shared/contracts/org/grant-role.schema';
import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { listRoles } from '../../../shared/contracts/org/list-roles.schema';
import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { RoleDoc, roleId } from '../../../server/db/documents';
import { Backend, startBackend } from '../../support/backend';
import { buildWorld, PEOPLE } from '../../support/world';

/** A member's roles end in the branch they leave: moved to another branch, or their WeChat unbound. */
describe('org: roles end when their holder leaves the branch', () => {
  let backend: Backend;
  let seq = 0;
  beforeAll(async () => {
    backend = await startBackend();
    await buildWorld(backend.db);
    await backend.db.collection('orgs').doc('bC').set({ kind: 'branch', name: '西村党支部', parentId: 'c1', ancestors: ['c1'], createdAt: new Date(), createdBy: PEOPLE.admin });
  });
  afterAll(() => backend.stop());

  const admin = () => backend.as(PEOPLE.admin);
  const rolesHeld = async (openid: string) =>
    (await backend.db.collection('roles').where({ openid }).get()).data.map((d: unknown) => RoleDoc.parse(d)).map((r) => `${r.orgId}:${r.role}`).sort();

  /** A member of branch A bound to `openid` through the real invite, holding `roles` there and a recorder role in branch C. */
  async function officer(openid: string, roles: { role: 'secretary' | 'recorder'; title?: string }[]): Promise<string> {
    seq += 1;
    const { memberId } = await admin().ok(addMember, { branchId: 'bA', name: `干部${'甲乙丙丁戊己庚辛'[seq - 1]}`, gender: 'male', birthDate: '1968-04-04', joinDate: '1990-07-01', status: 'full', category: 'selfManaged' });
    await backend.as(openid).ok(bindWithCode, { code: (await admin().ok(createInvite, { memberId })).code });
    for (const r of roles) await admin().ok(grantRole, { orgId: 'bA', memberId, ...r });
    await backend.db.collection('roles').doc(roleId(openid, 'bC', 'recorder')).set({ openid, orgId: 'bC', role: 'recorder', grantedBy: PEOPLE.admin, grantedAt: new Date() });
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
      await admin().ok(addMember, { branchId: 'bB', name, gender: 'male', birthDate: '1968-04-04', joinDate: '1990-07-01', status: 'full', category: 'selfManaged' });
      expect(await admin().call(moveMember, { memberId, toBranchId: 'bB' })).toMatchObject({ ok: false, code: 'CONFLICT', reason: 'MEMBER_EXISTS' });
      expect(await rolesHeld('o-stuck')).toEqual(['bA:recorder', 'bC:recorder']);
      expect(await backend.as('o-stuck').call(listMembers, { branchId: 'bA' })).toMatchObject({ ok: true });
    });
  });
});
