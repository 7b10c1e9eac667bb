import { adjustEntry } from '../../../shared/contracts/reports/adjust-entry.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { grantRole } from '../../../shared/contracts/org/grant-role.schema';
import { allDocs, databaseRequests, fixedClock, newKey, NOW } from './report-fixtures';

describe('reports.recordEntry and adjustEntry', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });
  beforeAll(async () => {
    await backend.db
      .collection('members')
      .doc('mA2')
      .update({ exempt: { reason: '年老体弱', approvedBy: PEOPLE.secretaryA, approvedAt: NOW } });
  });

  const recorder = () => backend.as(PEOPLE.recorderA);
  const deduction = (over: Record<string, unknown> = {}) => ({
    branchId: 'bA',
    memberId: 'mA1',
    itemCode: 'duties.dues.late',
    date: '2026-03-05',
    reason: '3月党费逾期未交',
    idempotencyKey: newKey(),
    ...over,
  });

  it('records a deduction for a member of the branch, once per idempotency key', async () => {
    const request = deduction();
    const { result: line, requests } = await databaseRequests(backend, () => recorder().ok(recordEntry, request));
    expect(requests).toBeLessThanOrEqual(5);
    expect(line).toMatchObject({
      memberId: 'mA1',
      itemCode: 'duties.dues.late',
      itemName: '不按时缴纳党费',
      points: -3,
      source: 'recorder',
      reason: '3月党费逾期未交',
      period: '2026-03',
      actor: { role: 'recorder', name: null },
    });
    const retries = await Promise.all([
      recorder().ok(recordEntry, request),
      recorder().ok(recordEntry, request),
      recorder().ok(recordEntry, request),
    ]);
    expect(retries.map((r) => r.entryId)).toEqual([line.entryId, line.entryId, line.entryId]);
    expect(await allDocs(backend, 'ledger', { sourceKey: `recorder:bA:${request.idempotencyKey}` })).toHaveLength(1);
    expect(await recorder().call(recordEntry, { ...request, date: '2026-03-06' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('answers a reused key with other content — a different reason too — with CONFLICT, as submitReport does', async () => {
    const request = deduction();
    await recorder().ok(recordEntry, request);
    expect(await recorder().call(recordEntry, { ...request, reason: '另一件事' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await recorder().call(recordEntry, { ...request, memberId: 'mA3' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await allDocs(backend, 'ledger', { sourceKey: `recorder:bA:${request.idempotencyKey}` })).toHaveLength(1);
    // The same request to the letter (surrounding spaces trimmed) is a retry.
    expect(await recorder().call(recordEntry, { ...request, reason: ` ${request.reason} ` })).toMatchObject({ ok: true });
  });

  it("puts the officer's name on the entries they write, as the role was granted to their member record", async () => {
    // The secretary makes 张一 (mA1, bound) a second recorder through the real action.
    await backend.as(PEOPLE.secretaryA).ok(grantRole, { orgId: 'bA', memberId: 'mA1', role: 'recorder', title: '记分员' });
    const officer = backend.as(PEOPLE.memberA);
    const line = await officer.ok(recordEntry, deduction({ memberId: 'mA3' }));
    expect(line.actor).toEqual({ role: 'recorder', name: '张一' });
    const adjusted = await officer.ok(adjustEntry, { entryId: line.entryId, cancel: true, reason: '已补交' });
    expect(adjusted.reversal.actor).toEqual({ role: 'recorder', name: '张一' });
    const [stored] = await allDocs<{ actor: unknown }>(backend, 'ledger', { _id: line.entryId });
    expect(stored.actor).toEqual({ openid: PEOPLE.memberA, role: 'recorder', name: '张一' });
  });

  it('checks the member, the item fields and the period', async () => {
    expect(await recorder().call(recordEntry, deduction({ memberId: 'mB1' }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'MEMBER_NOT_IN_BRANCH',
    });
    expect(await recorder().call(recordEntry, deduction({ memberId: 'mA2' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'MEMBER_EXEMPT',
    });
    expect(await recorder().call(recordEntry, deduction({ memberId: 'nobody' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await recorder().call(recordEntry, deduction({ points: 3 }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'points' }],
    });
    expect(await recorder().call(recordEntry, deduction({ itemCode: 'posts.claim', points: 5, post: 'securityPatrol' }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'post' }],
    });
    expect(await recorder().call(recordEntry, deduction({ date: '2026-02-01' }))).toMatchObject({
      ok: false,
      code: 'PERIOD_CLOSED',
      reason: 'PERIOD_OVER',
    });
    expect(await recorder().call(recordEntry, deduction({ date: '2026-04-01' }))).toMatchObject({
      ok: false,
      code: 'PERIOD_CLOSED',
      reason: 'DATE_IN_FUTURE',
    });
    // The unbound probationary member is scored like anyone else.
    expect(await recorder().ok(recordEntry, deduction({ memberId: 'mA3' }))).toMatchObject({ memberId: 'mA3', points: -3 });
  });

  it('lets only the secretary record a veto, and only the branch’s recorder or secretary record at all', async () => {
    const veto = deduction({ itemCode: 'veto.lawViolation', reason: '违反法律法规' });
    expect(await recorder().call(recordEntry, veto)).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'VETO_SECRETARY_ONLY' });
    expect(await backend.as(PEOPLE.secretaryA).ok(recordEntry, veto)).toMatchObject({
      itemCode: 'veto.lawViolation',
      points: 0,
      actor: { role: 'secretary' },
    });
    for (const who of [PEOPLE.secretaryB, PEOPLE.admin, PEOPLE.memberA, PEOPLE.stranger]) {
      expect(await backend.as(who).call(recordEntry, deduction())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await backend.as(PEOPLE.secretaryB).call(recordEntry, deduction({ branchId: 'bB', memberId: 'mA1' }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'MEMBER_NOT_IN_BRANCH',
    });
  });

  it('adjusts an entry with a reversal and a replacement in one batch; an entry is reversed once', async () => {
    const original = await recorder().ok(
      recordEntry,
      deduction({ itemCode: 'posts.perform', post: 'sanitation', points: 6, reason: '履职良好' }),
    );
    const { result, requests } = await databaseRequests(backend, () =>
      recorder().ok(adjustEntry, { entryId: original.entryId, points: 8, reason: '复核后改为 8 分' }),
    );
    // entry ∥ roles ∥ the caller's own member records (an officer may not adjust their own points), branch-year, batch insert.
    expect(requests).toBeLessThanOrEqual(5);
    expect(result.reversal).toMatchObject({
      reverses: original.entryId,
      points: -6,
      source: 'adjustment',
      itemCode: 'posts.perform',
      date: original.date,
      reason: '复核后改为 8 分',
    });
    expect(result.replacement).toMatchObject({
      adjusts: original.entryId,
      points: 8,
      source: 'adjustment',
      post: 'sanitation',
      date: original.date,
    });
    expect(await recorder().call(adjustEntry, { entryId: original.entryId, points: 9, reason: '再改' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'ENTRY_ALREADY_REVERSED',
    });
    expect(await recorder().call(adjustEntry, { entryId: result.reversal.entryId, points: 9, reason: '改冲正' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'ENTRY_IS_REVERSAL',
    });
    // The replacement can itself be adjusted.
    expect(await recorder().ok(adjustEntry, { entryId: result.replacement!.entryId, points: 9, reason: '再次复核' })).toMatchObject({
      replacement: { points: 9 },
    });
    // The original is untouched: the ledger is append-only.
    const [stored] = await allDocs<Record<string, unknown>>(backend, 'ledger', { _id: original.entryId });
    expect(stored).toMatchObject({ points: 6, baseCenti: 600, reverses: null });
  });

  it('refuses to adjust an entry whose period is closed', async () => {
    const { id } = await backend.db.collection('ledger').add({
      sourceKey: `recorder:bA:${newKey()}`,
      branchId: 'bA',
      memberId: 'mA1',
      year: 2026,
      period: '2026-01',
      date: '2026-01-10',
      itemCode: 'duties.dues.late',
      itemName: '不按时缴纳党费',
      points: null,
      level: null,
      quantity: null,
      post: null,
      baseCenti: -300,
      actor: { openid: PEOPLE.recorderA, role: 'recorder' },
      at: NOW,
      reason: '一月',
      source: 'recorder',
      reportId: null,
      meetingId: null,
      reverses: null,
    });
    expect(await recorder().call(adjustEntry, { entryId: id!, cancel: true, reason: '撤销' })).toMatchObject({
      ok: false,
      code: 'PERIOD_CLOSED',
      reason: 'PERIOD_OVER',
    });
    expect(await allDocs(backend, 'ledger', { reverses: id })).toHaveLength(0);
  });

  it('refuses empty, invalid or unauthorised adjustments without writing, and cancels with a reversal only', async () => {
    const original = await recorder().ok(recordEntry, deduction());
    const count = async () => (await allDocs(backend, 'ledger', { memberId: 'mA1' })).length;
    const before = await count();
    expect(await recorder().call(adjustEntry, { entryId: original.entryId, reason: '无变化' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'cancel' }],
    });
    expect(await recorder().call(adjustEntry, { entryId: original.entryId, points: 2, reason: '固定分值' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'points' }],
    });
    expect(await recorder().call(adjustEntry, { entryId: original.entryId, cancel: true, points: 2, reason: 'x' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    for (const who of [PEOPLE.secretaryB, PEOPLE.admin, PEOPLE.memberA]) {
      expect(await backend.as(who).call(adjustEntry, { entryId: original.entryId, cancel: true, reason: '越权' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await recorder().call(adjustEntry, { entryId: 'missing', cancel: true, reason: 'x' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await count()).toBe(before);
    const cancelled = await backend
      .as(PEOPLE.secretaryA)
      .ok(adjustEntry, { entryId: original.entryId, cancel: true, reason: '误记，已按时缴纳' });
    expect(cancelled).toMatchObject({ reversal: { reverses: original.entryId, points: 3 }, replacement: null });
    expect(await count()).toBe(before + 1);
  });
});
