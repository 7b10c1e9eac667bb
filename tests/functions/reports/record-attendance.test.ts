import { recordAttendance } from '../../../shared/contracts/reports/record-attendance.schema';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { useBackend } from '../../support/backend';
import { allDocs, databaseRequests, fixedClock, newKey, NOW } from './report-fixtures';

describe('reports.recordAttendance', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });
  const roster: string[] = ['mA1', 'mA2', 'mA3'];
  beforeAll(async () => {
    // A branch of 40: 37 more members in branch A.
    const extra = Array.from({ length: 37 }, (_, i) => aMemberDoc({ _id: `mX${i}`, branchId: 'bA', name: `党员${i}` }, NOW));
    await backend.db.collection('members').add(extra);
    roster.push(...extra.map((m) => m._id));
  });

  const outcomes = ['present', 'absent', 'late', 'leave'] as const;

  it('records a 001 study meeting for 40 members in one step, within 8 database requests', async () => {
    const attendance = roster.map((memberId, i) => ({ memberId, outcome: outcomes[i % 4] }));
    const request = { branchId: 'bA', meetingType: 'study', date: '2026-03-08', attendance, idempotencyKey: newKey() };
    const { result, requests } = await databaseRequests(backend, () => backend.as(PEOPLE.recorderA).ok(recordAttendance, request));
    expect(requests).toBeLessThanOrEqual(8);
    expect(result.meetingId).toBe(`bA:${request.idempotencyKey}`);
    // present → no item; absent → −5; late and leave → −2.
    expect(result.entries).toHaveLength(30);
    expect(result.entries.find((e) => e.memberId === 'mA2')).toMatchObject({ outcome: 'absent', itemCode: 'duties.study.absent' });
    expect(result.entries.find((e) => e.memberId === 'mA3')).toMatchObject({ outcome: 'late', itemCode: 'duties.study.lateOrLeave' });
    expect(result.entries.some((e) => e.memberId === 'mA1')).toBe(false);

    const ledger = await allDocs<Record<string, unknown>>(backend, 'ledger', { meetingId: result.meetingId });
    expect(ledger).toHaveLength(30);
    expect(ledger.find((e) => e.memberId === 'mA2')).toMatchObject({
      baseCenti: -500,
      source: 'attendance',
      sourceKey: `attendance:${result.meetingId}:mA2`,
      reason: '集中学习培训（2026-03-08）缺席',
      period: '2026-03',
    });
    const [meeting] = await allDocs<Record<string, unknown>>(backend, 'meetings', { _id: result.meetingId });
    expect(meeting).toMatchObject({
      branchId: 'bA',
      meetingType: 'study',
      title: '集中学习培训',
      date: '2026-03-08',
      recordedBy: PEOPLE.recorderA,
    });

    // A retry (also several at once) answers the same entries and writes nothing more.
    const retries = await Promise.all([1, 2, 3].map(() => backend.as(PEOPLE.recorderA).ok(recordAttendance, request)));
    for (const retry of retries) expect(retry).toEqual(result);
    expect(await allDocs(backend, 'ledger', { meetingId: result.meetingId })).toHaveLength(30);
    expect(await backend.as(PEOPLE.recorderA).call(recordAttendance, { ...request, date: '2026-03-09' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('writes the entries an interrupted attempt left out when the same request comes again', async () => {
    const request = {
      branchId: 'bA',
      meetingType: 'orgLife',
      date: '2026-03-09',
      title: '3月主题党日',
      attendance: [
        { memberId: 'mA1', outcome: 'absent' as const },
        { memberId: 'mA2', outcome: 'leave' as const },
      ],
      idempotencyKey: newKey(),
    };
    const first = await backend.as(PEOPLE.secretaryA).ok(recordAttendance, request);
    // Simulate a crash between the meeting and the ledger batch: the entries are gone (test-only removal).
    await backend.db.collection('ledger').where({ meetingId: first.meetingId }).remove();
    expect(await allDocs(backend, 'ledger', { meetingId: first.meetingId })).toHaveLength(0);
    const again = await backend.as(PEOPLE.secretaryA).ok(recordAttendance, request);
    expect(again.entries.map((e) => [e.memberId, e.itemCode])).toEqual([
      ['mA1', 'duties.orgLife.absent'],
      ['mA2', 'duties.orgLife.lateOrLeave'],
    ]);
    expect(await allDocs(backend, 'ledger', { meetingId: first.meetingId })).toHaveLength(2);
  });

  it('answers 20 concurrent identical requests with the same successful reply, and writes each line once', async () => {
    const request = {
      branchId: 'bA',
      meetingType: 'study',
      date: '2026-03-11',
      attendance: roster.map((memberId, i) => ({ memberId, outcome: outcomes[(i + 1) % 4] })),
      idempotencyKey: newKey(),
    };
    const replies = await Promise.all(Array.from({ length: 20 }, () => backend.as(PEOPLE.recorderA).call(recordAttendance, request)));
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    for (const reply of replies) expect(reply).toEqual(replies[0]);
    const ledger = await allDocs<{ sourceKey: string }>(backend, 'ledger', { meetingId: `bA:${request.idempotencyKey}` });
    expect(ledger).toHaveLength(30);
    expect(new Set(ledger.map((e) => e.sourceKey)).size).toBe(30);

    // The retries that race to complete an interrupted meeting's lines (the window in which the attack's
    // concurrent calls answered INTERNAL): one of them writes each line, every one answers the same.
    await backend.db
      .collection('ledger')
      .where({ meetingId: `bA:${request.idempotencyKey}` })
      .remove();
    const completions = await Promise.all(Array.from({ length: 20 }, () => backend.as(PEOPLE.recorderA).call(recordAttendance, request)));
    expect(completions.filter((r) => !r.ok)).toEqual([]);
    const completed = (completions[0] as { ok: true; data: { entries: unknown[] } }).data;
    for (const reply of completions) expect(reply).toEqual({ ok: true, data: completed });
    expect(await allDocs(backend, 'ledger', { meetingId: `bA:${request.idempotencyKey}` })).toHaveLength(30);
  });

  it('validates every member and the meeting before writing anything', async () => {
    const count = async () => (await allDocs(backend, 'meetings')).length;
    const before = await count();
    const base = { branchId: 'bA', meetingType: 'study', date: '2026-03-10', idempotencyKey: newKey() };
    const bad = await backend.as(PEOPLE.recorderA).call(recordAttendance, {
      ...base,
      attendance: [
        { memberId: 'mA1', outcome: 'absent' },
        { memberId: 'mB1', outcome: 'absent' },
      ],
    });
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'attendance.1.memberId' }] });
    expect(
      await backend.as(PEOPLE.recorderA).call(recordAttendance, {
        ...base,
        attendance: [
          { memberId: 'mA1', outcome: 'absent' },
          { memberId: 'mA1', outcome: 'late' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.attendance.1.memberId' }],
    });
    expect(
      await backend
        .as(PEOPLE.recorderA)
        .call(recordAttendance, { ...base, meetingType: 'party', attendance: [{ memberId: 'mA1', outcome: 'absent' }] }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'meetingType' }] });
    expect(
      await backend
        .as(PEOPLE.recorderA)
        .call(recordAttendance, { ...base, date: '2026-01-10', attendance: [{ memberId: 'mA1', outcome: 'absent' }] }),
    ).toMatchObject({ ok: false, code: 'PERIOD_CLOSED' });
    expect(await backend.as(PEOPLE.recorderA).call(recordAttendance, { ...base, attendance: [] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    for (const who of [PEOPLE.secretaryB, PEOPLE.admin, PEOPLE.memberA, PEOPLE.stranger]) {
      expect(await backend.as(who).call(recordAttendance, { ...base, attendance: [{ memberId: 'mA1', outcome: 'absent' }] })).toMatchObject(
        { ok: false, code: 'FORBIDDEN' },
      );
    }
    expect(await count()).toBe(before);
    expect(await allDocs(backend, 'ledger', { date: '2026-03-10' })).toHaveLength(0);
  });
});
