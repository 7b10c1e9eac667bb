import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { Backend, startBackend } from '../support/backend';
import { buildWorld, PEOPLE } from '../support/world';

describe('the standard test world', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startBackend();
    await buildWorld(backend.db);
  });
  afterAll(() => backend.stop());

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
