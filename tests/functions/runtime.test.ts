import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { saveCustomScheme } from '../../shared/contracts/org/save-custom-scheme.schema';
import { recordAttendance } from '../../shared/contracts/reports/record-attendance.schema';
import { findPreset } from '../../shared/scheme';
import { localFunctions } from '../../cloudfunctions/local-functions';
import { buildScfContext } from '../../emulator/functions/scf-context';
import { useBackend } from '../support/backend';
import { PEOPLE } from '../support/world';

describe('cloud function runtime: contract, caller, replies', () => {
  beforeAll(() => {
    process.env.BOOTSTRAP_CODE = 'first-admin-code-2026';
  });
  const backend = useBackend();

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
    expect(await admin.call(bootstrapCommittee, { code: 'wrong-code-123', committeeName: '某镇党委', adminName: '王主任' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'BOOTSTRAP_CODE_WRONG',
    });
    const created = await admin.ok(bootstrapCommittee, { code: 'first-admin-code-2026', committeeName: '某镇党委', adminName: '王主任' });
    const profile = await admin.ok(myProfile, {});
    expect(profile.roles).toEqual([
      { orgId: created.committeeId, orgName: '某镇党委', orgKind: 'committee', role: 'committeeAdmin', title: '管理员 王主任' },
    ]);
    expect(
      await backend.as('o-other').call(bootstrapCommittee, { code: 'first-admin-code-2026', committeeName: '另一个党委', adminName: '李' }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'BOOTSTRAP_USED',
    });
    const committees = await backend.db.collection('orgs').where({ kind: 'committee' }).get();
    expect(committees.data).toHaveLength(1);
  });
});

describe('cloud function runtime: what production adds to the event, bad input bounded', () => {
  const backend = useBackend({ world: true });

  it('accepts the userInfo the platform adds to every call, and ignores it: the caller comes only from the context', async () => {
    const org = localFunctions().org;
    const context = buildScfContext(
      'org',
      { openid: PEOPLE.stranger, appid: 'wx-app', source: 'wx_client' },
      { envId: backend.emulator.envId, requestId: 'r-1', timeoutMs: 3000, memoryMb: 256, startedAt: Date.now() },
    );
    const forged = await org({ action: 'myProfile', data: {}, userInfo: { appId: 'wx-app', openId: PEOPLE.admin } }, context);
    expect(forged).toEqual({ ok: true, data: { roles: [], members: [] } });
    const httpApi = await org(
      { action: 'myProfile', data: {}, userInfo: { appId: 'wx-app' } },
      buildScfContext(
        'org',
        { appid: 'wx-app' },
        { envId: backend.emulator.envId, requestId: 'r-2', timeoutMs: 3000, memoryMb: 256, startedAt: Date.now() },
      ),
    );
    expect(httpApi).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    // Through the gateway, which adds userInfo like production: the ordinary path works.
    expect(await backend.as(PEOPLE.admin).call(myProfile, {})).toMatchObject({ ok: true, data: { roles: [{ role: 'committeeAdmin' }] } });
  });

  it('words type errors in Chinese (zod zh-CN)', async () => {
    const reply = await backend.as('o-1').raw('org', { action: 7 });
    expect(reply).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'action', message: expect.stringMatching(/[\u4e00-\u9fa5]/) }],
    });
    if (!reply.ok) expect(reply.message).not.toMatch(/expected|received|Invalid/);
  });

  it('refuses an oversized request before parsing it, with a small reply', async () => {
    const scheme = { ...findPreset('001')!, id: 'huge-rules', version: 1, categories: Array.from({ length: 100_000 }, () => ({})) };
    backend.emulator.resetStats();
    const reply = await backend.as(PEOPLE.admin).call(saveCustomScheme, { committeeId: 'c1', scheme });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'REQUEST_TOO_LARGE', fields: [{ path: 'data' }] });
    expect(JSON.stringify(reply).length).toBeLessThan(500);
    const databaseRequests = Object.entries(backend.emulator.stats().actions).filter(([action]) => action.startsWith('database.'));
    expect(databaseRequests).toEqual([]);
  });

  it('lists at most 20 invalid fields and counts the rest, for contract and handler validation alike', async () => {
    const attendance = Array.from({ length: 300 }, () => ({ memberId: 7, outcome: 'dancing' }));
    const byContract = await backend.as(PEOPLE.recorderA).call(recordAttendance, {
      branchId: 'bA',
      meetingType: 'orgLife',
      date: '2026-01-05',
      attendance: attendance as never,
      idempotencyKey: 'bounded-000001',
    });
    expect(byContract).toMatchObject({ ok: false, code: 'VALIDATION', fieldCount: 600 });
    if (!byContract.ok) {
      expect(byContract.fields).toHaveLength(20);
      expect(byContract.message).toContain('共 600 处问题');
    }
    const scheme = { ...findPreset('001')!, id: 'broken-rules', version: 1, categories: Array.from({ length: 50 }, () => ({})) };
    const byHandler = await backend.as(PEOPLE.admin).call(saveCustomScheme, { committeeId: 'c1', scheme });
    expect(byHandler).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'SCHEME_INVALID' });
    if (!byHandler.ok) {
      expect(byHandler.fields).toHaveLength(20);
      expect(byHandler.fieldCount).toBeGreaterThan(20);
    }
  });
});
