import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { Backend, startBackend } from '../support/backend';

describe('cloud function runtime: contract, caller, replies', () => {
  let backend: Backend;
  beforeAll(async () => {
    process.env.BOOTSTRAP_CODE = 'first-admin-code-2026';
    backend = await startBackend();
  });
  afterAll(() => backend.stop());

  it('takes the caller from the CloudBase context, never from the event', async () => {
    const stranger = backend.as(null);
    expect(await stranger.call(myProfile, {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const reply = await stranger.raw('org', { action: 'myProfile', data: {}, openid: 'spoofed' });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await backend.as('o-someone').call(myProfile, {})).toEqual({ ok: true, data: { roles: [], members: [] } });
  });

  it.each<[string, unknown, string]>([
    ['no action', {}, 'action'],
    ['a number for an action', { action: 7 }, 'action'],
    ['an array', [], '(event)'],
    ['unknown fields in data', { action: 'myProfile', data: { x: 1 } }, 'data'],
  ])('answers %s with VALIDATION naming the field', async (_, event, path) => {
    const reply = await backend.as('o-1').raw('org', event);
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!reply.ok) expect(reply.fields?.map((f) => f.path)).toContain(path);
  });

  it('answers an unknown action with UNKNOWN_ACTION', async () => {
    expect(await backend.as('o-1').raw('org', { action: 'dropDatabase' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await backend.as('o-1').raw('org', { action: 'constructor' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  it('bootstraps the first committee once, with the right code only', async () => {
    const admin = backend.as('o-admin');
    expect(await admin.call(bootstrapCommittee, { code: 'wrong-code-123', committeeName: '某镇党委', adminName: '王主任' })).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'BOOTSTRAP_CODE_WRONG' });
    const created = await admin.ok(bootstrapCommittee, { code: 'first-admin-code-2026', committeeName: '某镇党委', adminName: '王主任' });
    const profile = await admin.ok(myProfile, {});
    expect(profile.roles).toEqual([{ orgId: created.committeeId, orgName: '某镇党委', orgKind: 'committee', role: 'committeeAdmin', title: '管理员 王主任' }]);
    expect(await backend.as('o-other').call(bootstrapCommittee, { code: 'first-admin-code-2026', committeeName: '另一个党委', adminName: '李' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'BOOTSTRAP_USED',
    });
    const committees = await backend.db.collection('orgs').where({ kind: 'committee' }).get();
    expect(committees.data).toHaveLength(1);
  });
});
