import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { setMemberExempt } from '../../../shared/contracts/org/set-member-exempt.schema';
import { updateMember } from '../../../shared/contracts/org/update-member.schema';
import { MemberDoc } from '../../../server/members/member.doc';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

const CHEN = {
  branchId: 'bA',
  name: '陈十一',
  gender: 'female' as const,
  birthDate: '1962-08-15',
  joinDate: '1990-07-01',
  status: 'full' as const,
  category: 'selfManaged' as const,
};

describe('org: members (add, update, exempt, move, list)', () => {
  const backend = useBackend({ world: true });

  const stored = async (id: string) => MemberDoc.parse((await backend.db.collection('members').doc(id).get()).data[0]);
  const memberCount = async () => (await backend.db.collection('members').count()).total;

  describe('addMember', () => {
    it('adds an unbound member with group, phone and posts from the branch’s scheme', async () => {
      const { memberId } = await backend
        .as(PEOPLE.secretaryA)
        .ok(addMember, { ...CHEN, phone: '13800138000', groupId: 'gA1', posts: ['sanitation', 'policyPublicity'] });
      expect(await stored(memberId)).toMatchObject({
        ...CHEN,
        phone: '13800138000',
        groupId: 'gA1',
        posts: ['sanitation', 'policyPublicity'],
        tier: null,
        openid: null,
        exempt: null,
        active: true,
        movedTo: null,
      });
    });

    it.each([
      ['another branch’s secretary', PEOPLE.secretaryB],
      ['a recorder', PEOPLE.recorderA],
      ['a member of the branch', PEOPLE.memberA],
      ['a stranger', PEOPLE.stranger],
    ])('refuses %s (FORBIDDEN)', async (_, openid) => {
      expect(await backend.as(openid).call(addMember, { ...CHEN, name: '新人' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    });

    it('names every invalid field at once and writes nothing', async () => {
      const before = await memberCount();
      const reply = await backend.as(PEOPLE.admin).call(addMember, {
        ...CHEN,
        name: '新人',
        joinDate: '1950-01-01',
        groupId: 'gX',
        tier: 'unposted',
        posts: ['sanitation', 'noSuchPost'],
      });
      expect(reply).toMatchObject({ ok: false, code: 'VALIDATION' });
      if (!reply.ok) expect(reply.fields!.map((f) => f.path).sort()).toEqual(['groupId', 'joinDate', 'posts', 'tier']);
      expect(
        await backend
          .as(PEOPLE.admin)
          .call(addMember, { ...CHEN, name: '新人', posts: ['sanitation', 'policyPublicity', 'securityPatrol'] }),
      ).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'posts', message: '每名党员最多认领 2 个岗位' }],
      });
      expect(await backend.as(PEOPLE.admin).call(addMember, { ...CHEN, name: '新人', birthDate: '1962-02-30' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'data.birthDate' }],
      });
      expect(await memberCount()).toBe(before);
    });

    it('refuses the same person twice in a branch', async () => {
      expect(await backend.as(PEOPLE.secretaryA).call(addMember, { ...CHEN })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'MEMBER_EXISTS',
      });
    });

    it('takes tiers from a branch whose scheme has them (003 新坝乡)', async () => {
      const admin = backend.as(PEOPLE.admin);
      const { orgId } = await admin.ok(createOrg, { parentId: 'c1', kind: 'branch', name: '新坝村党支部' });
      await admin.ok(setBranchScheme, { branchId: orgId, year: backend.world.year, scheme: { preset: '003-xinba-tiers' } });
      const { memberId } = await admin.ok(addMember, { ...CHEN, branchId: orgId, tier: 'unposted' });
      expect((await stored(memberId)).tier).toBe('unposted');
      expect(await admin.call(addMember, { ...CHEN, branchId: orgId, name: '另一人', tier: 'chairman' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'tier' }],
      });
    });
  });

  describe('updateMember', () => {
    it('changes the given fields and clears with null', async () => {
      const reply = await backend
        .as(PEOPLE.secretaryA)
        .ok(updateMember, { memberId: 'mA1', changes: { phone: '13900139000', groupId: null, posts: ['securityPatrol'] } });
      expect(reply.member).toMatchObject({
        memberId: 'mA1',
        phone: '13900139000',
        groupId: null,
        posts: ['securityPatrol'],
        bound: true,
        name: '张一',
      });
      expect(reply.member).not.toHaveProperty('openid');
      expect(await stored('mA1')).toMatchObject({
        phone: '13900139000',
        groupId: null,
        posts: ['securityPatrol'],
        openid: PEOPLE.memberA,
        birthDate: '1970-05-01',
      });
    });

    it('checks the changes (dates together with the stored ones, same person, authority)', async () => {
      const secretary = backend.as(PEOPLE.secretaryA);
      expect(await secretary.call(updateMember, { memberId: 'mA1', changes: { joinDate: '1960-01-01' } })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'changes.joinDate' }],
      });
      expect(await secretary.call(updateMember, { memberId: 'mA1', changes: { name: '陈十一', birthDate: '1962-08-15' } })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'MEMBER_EXISTS',
      });
      expect(await secretary.call(updateMember, { memberId: 'mA1', changes: {} })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'data.changes' }],
      });
      expect(await backend.as(PEOPLE.recorderA).call(updateMember, { memberId: 'mA1', changes: { phone: null } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await backend.as(PEOPLE.secretaryB).call(updateMember, { memberId: 'mA1', changes: { phone: null } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect((await stored('mA1')).name).toBe('张一');
    });
  });

  describe('setMemberExempt', () => {
    it('records the branch’s approval and lifts it', async () => {
      const secretary = backend.as(PEOPLE.secretaryA);
      const set = await secretary.ok(setMemberExempt, { memberId: 'mA2', exempt: { reason: '年满七十周岁，本人申请' } });
      expect(set.exempt).toMatchObject({ reason: '年满七十周岁，本人申请' });
      expect((await stored('mA2')).exempt).toMatchObject({ reason: '年满七十周岁，本人申请', approvedBy: PEOPLE.secretaryA });
      expect(await secretary.ok(setMemberExempt, { memberId: 'mA2', exempt: null })).toEqual({ memberId: 'mA2', exempt: null });
      expect((await stored('mA2')).exempt).toBeNull();
    });

    it.each([
      ['a committee admin', PEOPLE.admin],
      ['a recorder', PEOPLE.recorderA],
      ['another branch’s secretary', PEOPLE.secretaryB],
    ])('is the branch secretary’s alone: refuses %s', async (_, openid) => {
      expect(await backend.as(openid).call(setMemberExempt, { memberId: 'mA2', exempt: { reason: '因病' } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    });
  });

  describe('moveMember', () => {
    it('moves a bound member: old record inactive with movedTo, new one active with the person and binding', async () => {
      const { newMemberId } = await backend.as(PEOPLE.admin).ok(moveMember, { memberId: 'mA1', toBranchId: 'bB' });
      const old = await stored('mA1');
      expect(old).toMatchObject({ branchId: 'bA', active: false, movedTo: newMemberId, openid: PEOPLE.memberA });
      expect(await stored(newMemberId)).toMatchObject({
        branchId: 'bB',
        active: true,
        movedFrom: 'mA1',
        movedTo: null,
        name: '张一',
        birthDate: old.birthDate,
        joinDate: old.joinDate,
        phone: '13900139000',
        openid: PEOPLE.memberA,
        groupId: null,
        posts: [],
        tier: null,
      });
      expect((await backend.as(PEOPLE.memberA).ok(myProfile, {})).members).toEqual([
        { memberId: newMemberId, branchId: 'bB', branchName: '镇机关党支部', name: '张一', status: 'full' },
      ]);
      expect(await backend.as(PEOPLE.admin).call(moveMember, { memberId: 'mA1', toBranchId: 'bB' })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'MEMBER_INACTIVE',
      });
    });

    it('refuses secretaries, non-branches, the same branch and a person the target already has', async () => {
      const admin = backend.as(PEOPLE.admin);
      expect(await backend.as(PEOPLE.secretaryA).call(moveMember, { memberId: 'mA2', toBranchId: 'bB' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await backend.as(PEOPLE.secretaryB).call(moveMember, { memberId: 'mA2', toBranchId: 'bB' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await admin.call(moveMember, { memberId: 'mA2', toBranchId: 'gA1' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'toBranchId' }],
      });
      expect(await admin.call(moveMember, { memberId: 'mA2', toBranchId: 'bA' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'toBranchId' }],
      });
      const twin = await admin.ok(addMember, { ...CHEN, branchId: 'bB' });
      expect(
        await admin.call(moveMember, {
          memberId: (await backend.db.collection('members').where({ branchId: 'bA', name: '陈十一' }).get()).data[0]._id,
          toBranchId: 'bB',
        }),
      ).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'MEMBER_EXISTS',
      });
      expect((await stored(twin.memberId)).active).toBe(true);
      expect((await stored('mA2')).active).toBe(true);
    });
  });

  describe('listMembers', () => {
    it('pages through the branch by name, never showing openids', async () => {
      const first = await backend.as(PEOPLE.recorderA).ok(listMembers, { branchId: 'bA', limit: 2 });
      const second = await backend.as(PEOPLE.recorderA).ok(listMembers, { branchId: 'bA', offset: 2, limit: 2 });
      expect(first.total).toBe(3);
      const names = [...first.members, ...second.members].map((m) => m.name);
      expect(names).toEqual(['李二', '王三', '陈十一'].sort());
      expect(first.members.find((m) => m.name === '李二')).toMatchObject({ memberId: 'mA2', bound: true, status: 'full' });
      expect(JSON.stringify([first, second])).not.toMatch(/o-mem|openid/);
    });

    it('includes moved-out records on request', async () => {
      const all = await backend.as(PEOPLE.secretaryA).ok(listMembers, { branchId: 'bA', includeInactive: true, limit: 100 });
      expect(all.total).toBe(4);
      expect(all.members.find((m) => m.memberId === 'mA1')).toMatchObject({ active: false, bound: true });
    });

    it('refuses members, other branches’ officers and strangers; caps the page at 100', async () => {
      for (const openid of [PEOPLE.memberA2, PEOPLE.secretaryB, PEOPLE.stranger]) {
        expect(await backend.as(openid).call(listMembers, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(await backend.as(PEOPLE.admin).call(listMembers, { branchId: 'bA', limit: 101 })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'data.limit' }],
      });
    });
  });
});
