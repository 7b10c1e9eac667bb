import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { useBackend } from '../support/backend';
import { PEOPLE } from '../support/world';

describe('the standard test world', () => {
  const backend = useBackend({ world: true });

  it('gives each person the roles and member records the fixtures say', async () => {
    expect(await backend.as(PEOPLE.memberA).ok(myProfile, {})).toEqual({
      roles: [],
      members: [{ memberId: 'mA1', branchId: 'bA', branchName: '东村党支部', name: '张一', status: 'full' }],
    });
    expect((await backend.as(PEOPLE.secretaryA).ok(myProfile, {})).roles).toEqual([
      { orgId: 'bA', orgName: '东村党支部', orgKind: 'branch', role: 'secretary', title: '书记' },
    ]);
    expect(await backend.as(PEOPLE.stranger).ok(myProfile, {})).toEqual({ roles: [], members: [] });
  });
});
