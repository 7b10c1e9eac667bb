import type { AttendanceOutcome, Meeting } from '../../shared/scheme/schema';
import type { Actor } from '../stored';
import type { MeetingDoc } from './meeting.doc';
import { invalidField } from '../errors/domain-error';
import type { BranchYear } from '../schemes/branch-year';
import { ledgerEntry } from '../ledger/ledger-entry';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';

export const OUTCOME_ZH: Record<AttendanceOutcome, string> = { present: '出席', absent: '缺席', late: '迟到', leave: '请假' };

/** The scheme's meeting type, or VALIDATION on meetingType. */
export function requireMeetingType(branchYear: BranchYear, code: string): Meeting {
  const meeting = branchYear.scheme.meetings.find((m) => m.code === code);
  if (!meeting) {
    const known = branchYear.scheme.meetings.map((m) => m.name).join('、');
    throw invalidField('meetingType', known ? `本支部的积分方案没有这种会议，可选：${known}` : '本支部的积分方案没有需要记分的会议');
  }
  return meeting;
}

export const attendanceSourceKey = (meetingId: string, memberId: string) => `attendance:${meetingId}:${memberId}`;

export interface AttendanceLine {
  memberId: string;
  outcome: AttendanceOutcome;
  itemCode: string;
  line: LedgerEntryDoc;
}

/**
 * The ledger lines a meeting's attendance produces: each outcome the meeting type maps to an item
 * (001: absent −5, late/leave −2) gives one line for that member; outcomes without an item give none.
 * `only` restricts the result to the given members (to write the ones a crashed attempt left out).
 */
export function attendanceLines(
  branchYear: BranchYear,
  meeting: Meeting,
  doc: MeetingDoc,
  period: string,
  actor: Actor,
  at: Date,
  only?: ReadonlySet<string>,
): AttendanceLine[] {
  const lines: AttendanceLine[] = [];
  for (const row of doc.attendance) {
    const itemCode = meeting.outcomes[row.outcome];
    if (!itemCode || (only && !only.has(row.memberId))) continue;
    const line = ledgerEntry(branchYear, {
      sourceKey: attendanceSourceKey(doc._id, row.memberId),
      member: { _id: row.memberId, branchId: doc.branchId },
      year: doc.year,
      period,
      date: doc.date,
      fields: { item: itemCode },
      actor,
      at,
      reason: `${doc.title}（${doc.date}）${OUTCOME_ZH[row.outcome]}`,
      source: 'attendance',
      meetingId: doc._id,
    });
    lines.push({ memberId: row.memberId, outcome: row.outcome, itemCode, line });
  }
  return lines;
}

/** True when a stored meeting is the same request (a retry). */
export function isSameMeeting(
  doc: MeetingDoc,
  request: { meetingType: string; date: string; title: string; attendance: { memberId: string; outcome: AttendanceOutcome }[] },
): boolean {
  if (doc.meetingType !== request.meetingType || doc.date !== request.date || doc.title !== request.title) return false;
  if (doc.attendance.length !== request.attendance.length) return false;
  const stored = new Map(doc.attendance.map((row) => [row.memberId, row.outcome]));
  return request.attendance.every((row) => stored.get(row.memberId) === row.outcome);
}
