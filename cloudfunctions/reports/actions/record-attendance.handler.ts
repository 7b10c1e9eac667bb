import { recordAttendance } from '../../../shared/contracts/reports/record-attendance.schema';
import { localDateOf, periodOf, yearOf } from '../../../shared/period';
import type { Actor } from '../../../server/stored';
import { fail, invalidField } from '../../../server/errors/domain-error';
import { DuplicateLineError } from '../../../server/ledger/duplicate-line';
import { requireValidEntry } from '../../../server/ledger/ledger-entry';
import { requireOpenDate } from '../../../server/ledger/open-periods';
import { AttendanceLine, attendanceLines, isSameMeeting, requireMeetingType } from '../../../server/meetings/attendance-lines';
import type { MeetingDoc } from '../../../server/meetings/meeting.doc';
import { refuseOwnRecord } from '../../../server/reports/self-review';
import { BranchYear, loadBranchYear } from '../../../server/schemes/branch-year';
import type { ActionContext, Handler } from '../../../server/runtime/route';
import { startRead } from '../../../server/runtime/start-read';

const keyReused = () => fail('IDEMPOTENCY_KEY_REUSED', { what: '次会议考勤' });

/** Attempts at completing a meeting's lines while concurrent retries write the same ones. */
const COMPLETION_ATTEMPTS = 5;

/**
 * The ledger ids of a meeting's lines, writing those not written yet. Concurrent retries of one meeting
 * race to write the same lines: the unique sourceKey lets one of them win each line, and a loser reads
 * again and writes what is still missing, so every retry answers the same entries (never INTERNAL).
 */
async function writeMissingLines({ repos }: ActionContext, expected: AttendanceLine[]): Promise<Map<string, string>> {
  const keys = expected.map((e) => e.line.sourceKey);
  for (let attempt = 1; ; attempt += 1) {
    const written = new Map((await repos.ledger.bySourceKeys(keys)).map((e) => [e.sourceKey, e._id]));
    const missing = expected.filter((e) => !written.has(e.line.sourceKey));
    if (missing.length === 0) return written;
    try {
      await repos.ledger.append(missing.map((m) => m.line));
      for (const m of missing) written.set(m.line.sourceKey, m.line._id);
      return written;
    } catch (error) {
      if (!(error instanceof DuplicateLineError) || attempt >= COMPLETION_ATTEMPTS) throw error;
    }
  }
}

/**
 * A meeting recorded again (a retry, or a concurrent duplicate): writes any entries an interrupted
 * attempt left out and answers the meeting's entries. 1 request (the entries by source key), 2 when
 * some were missing, more while concurrent retries race for the same lines.
 */
async function entriesOfRecordedMeeting(ctx: ActionContext, branchYear: BranchYear, doc: MeetingDoc, actor: Actor) {
  const meeting = branchYear.scheme.meetings.find((m) => m.code === doc.meetingType);
  if (!meeting) throw new Error(`meeting type ${doc.meetingType} of ${doc._id} is not in the pinned scheme`);
  const period = periodOf(branchYear.scheme.period, doc.date).key;
  const expected = attendanceLines(branchYear, meeting, doc, period, actor, ctx.now);
  const written = await writeMissingLines(ctx, expected);
  return {
    meetingId: doc._id,
    entries: expected.map((e) => ({
      memberId: e.memberId,
      outcome: e.outcome,
      itemCode: e.itemCode,
      entryId: written.get(e.line.sourceKey) ?? '',
    })),
  };
}

/**
 * Records a meeting's attendance in one step. Checks everything first (role, meeting type, open date,
 * every member in the branch with ONE query; an officer's own line is left to another officer), then
 * writes the meeting (_id "<branchId>:<key>", the claim: a second attempt with the same key finds it)
 * and all ledger entries in ONE batch insert (sourceKey "attendance:<meetingId>:<memberId>", unique).
 * A retry answers the same entries.
 *
 * Database requests: 6 for any number of members (≤ 500) — roles (access) ∥ the meeting by id ∥ the
 * branch-year, the members (one $in query), the meeting insert, the batch insert. A retry: 4.
 */
export const recordAttendanceHandler: Handler<typeof recordAttendance> = async (request, ctx) => {
  const { openid, now, access, repos } = ctx;
  const meetingId = `${request.branchId}:${request.idempotencyKey}`;
  const meetingRead = startRead(repos.meetings.byId(meetingId));
  const branchYearRead = startRead(loadBranchYear(repos, request.branchId, yearOf(request.date)));
  const role = await access.requireBranchRole(request.branchId, ['recorder', 'secretary']);
  const actor = await access.actor(request.branchId, role);
  const branchYear = await branchYearRead;
  const meeting = requireMeetingType(branchYear, request.meetingType);
  const wanted = { meetingType: meeting.code, date: request.date, title: request.title ?? meeting.name, attendance: request.attendance };

  const earlier = await meetingRead;
  if (earlier) {
    if (!isSameMeeting(earlier, wanted)) throw keyReused();
    return entriesOfRecordedMeeting(ctx, branchYear, earlier, actor);
  }

  const period = requireOpenDate(branchYear, request.date, localDateOf(now));
  const ids = request.attendance.map((row) => row.memberId);
  const members = new Map((await repos.members.byIds(ids)).map((m) => [m._id, m]));
  request.attendance.forEach((row, i) => {
    const member = members.get(row.memberId);
    if (!member || member.branchId !== request.branchId || !member.active)
      throw invalidField(`attendance.${i}.memberId`, '不是本支部的党员');
    if (member.exempt) throw invalidField(`attendance.${i}.memberId`, `${member.name}不纳入积分管理，不记考勤分`);
    refuseOwnRecord(member, openid, `attendance.${i}.memberId`);
  });

  const doc: MeetingDoc = {
    _id: meetingId,
    branchId: request.branchId,
    year: branchYear.doc.year,
    ...wanted,
    recordedBy: openid,
    recordedAt: now,
  };
  const lines = attendanceLines(branchYear, meeting, doc, period, actor, now);
  const rowIndex = new Map(ids.map((id, i) => [id, i]));
  for (const l of lines)
    requireValidEntry(branchYear, { item: l.itemCode }, members.get(l.memberId)!, `attendance.${rowIndex.get(l.memberId)}.`);

  const recorded = await repos.meetings.insert(doc);
  if (!recorded.created) {
    // A concurrent attempt with the same key recorded it first.
    if (!isSameMeeting(recorded.meeting, wanted)) throw keyReused();
    return entriesOfRecordedMeeting(ctx, branchYear, recorded.meeting, actor);
  }
  if (lines.length === 0) return { meetingId, entries: [] };
  try {
    await repos.ledger.append(lines.map((l) => l.line));
    return {
      meetingId,
      entries: lines.map((l) => ({ memberId: l.memberId, outcome: l.outcome, itemCode: l.itemCode, entryId: l.line._id })),
    };
  } catch (error) {
    if (!(error instanceof DuplicateLineError)) throw error;
    return entriesOfRecordedMeeting(ctx, branchYear, doc, actor);
  }
};
