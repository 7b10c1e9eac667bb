import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { listOrgs } from '../../../shared/contracts/org/list-orgs.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

describe('org: createOrg and listOrgs', () => {
  const backend = useBackend({ world: true });

  it('lets a committee admin add a 党总支 and a branch under it, with ancestors', async () => {
    const admin = backend.as(PEOPLE.admin);
    const general = await admin.ok(createOrg, { parentId: 'c1', kind: 'generalBranch', name: '西片党总支' });
    const branch = await admin.ok(createOrg, { parentId: general.orgId, kind: 'branch', name: '西村党支部' });
    const stored = (await backend.db.collection('orgs').doc(branch.orgId).get()).data[0];
    expect(stored).toMatchObject({
      kind: 'branch',
      name: '西村党支部',
      parentId: general.orgId,
      ancestors: ['c1', general.orgId],
      createdBy: PEOPLE.admin,
    });
  });

  it('lets a branch secretary add a 党小组 to their own branch only', async () => {
    const group = await backend.as(PEOPLE.secretaryA).ok(createOrg, { parentId: 'bA', kind: 'group', name: '第二党小组' });
    expect((await backend.db.collection('orgs').doc(group.orgId).get()).data[0]).toMatchObject({ parentId: 'bA', ancestors: ['c1', 'bA'] });
    expect(await backend.as(PEOPLE.secretaryB).call(createOrg, { parentId: 'bA', kind: 'group', name: '第三党小组' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it.each([
    ['a secretary adding a branch', PEOPLE.secretaryA, { parentId: 'c1', kind: 'branch' as const, name: '新支部' }],
    ['a recorder adding a group', PEOPLE.recorderA, { parentId: 'bA', kind: 'group' as const, name: '新党小组' }],
    ['a member adding a group', PEOPLE.memberA, { parentId: 'bA', kind: 'group' as const, name: '新党小组' }],
    ['a stranger adding a branch', PEOPLE.stranger, { parentId: 'c1', kind: 'branch' as const, name: '新支部' }],
  ])('refuses %s (FORBIDDEN)', async (_, openid, request) => {
    expect(await backend.as(openid).call(createOrg, request)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses the wrong kind of parent and a duplicate name, writing nothing', async () => {
    const admin = backend.as(PEOPLE.admin);
    const before = (await backend.db.collection('orgs').count()).total;
    expect(await admin.call(createOrg, { parentId: 'bA', kind: 'branch', name: '支部下的支部' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'parentId' }],
    });
    expect(await admin.call(createOrg, { parentId: 'c1', kind: 'group', name: '党委下的小组' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'parentId' }],
    });
    expect(await admin.call(createOrg, { parentId: 'c1', kind: 'branch', name: '东村党支部' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'ORG_NAME_EXISTS',
    });
    expect(await admin.call(createOrg, { parentId: 'c1', kind: 'branch', name: ' ' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.name' }],
    });
    expect((await backend.db.collection('orgs').count()).total).toBe(before);
  });

  it('lists everything under the committee for its admin, root first', async () => {
    const { orgs } = await backend.as(PEOPLE.admin).ok(listOrgs, {});
    expect(orgs[0]).toEqual({ orgId: 'c1', kind: 'committee', name: '某镇党委', parentId: null, actingRole: 'committeeAdmin' });
    expect(orgs.map((o) => o.name)).toEqual(
      expect.arrayContaining(['东村党支部', '镇机关党支部', '第一党小组', '第二党小组', '西片党总支', '西村党支部']),
    );
    expect(orgs.every((o) => o.actingRole === 'committeeAdmin')).toBe(true);
  });

  it('lists a secretary or recorder their branch and its groups only', async () => {
    const { orgs } = await backend.as(PEOPLE.recorderA).ok(listOrgs, {});
    expect(orgs.map((o) => o.name).sort()).toEqual(['东村党支部', '第一党小组', '第二党小组'].sort());
    expect(orgs.every((o) => o.actingRole === 'recorder')).toBe(true);
    const secretary = await backend.as(PEOPLE.secretaryA).ok(listOrgs, { rootId: 'gA1' });
    expect(secretary.orgs).toEqual([{ orgId: 'gA1', kind: 'group', name: '第一党小组', parentId: 'bA', actingRole: 'secretary' }]);
  });

  it('refuses a subtree the caller does not govern, and callers who govern nothing', async () => {
    expect(await backend.as(PEOPLE.secretaryA).call(listOrgs, { rootId: 'bB' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.secretaryA).call(listOrgs, { rootId: 'c1' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.memberA).call(listOrgs, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.stranger).call(listOrgs, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
