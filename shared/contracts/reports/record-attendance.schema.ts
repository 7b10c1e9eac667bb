import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ENTRY_FIELDS, OPEN_DATE } from '../reasons/groups';
import { DocId, IdempotencyKey, ItemCode, LocalDate, Text } from '../common.schema';

export const AttendanceOutcomeView = z.enum(['present', 'absent', 'late', 'leave']);
export const MAX_ATTENDANCE = 500;

/** A meeting's attendance in one step: each outcome the scheme maps to an item becomes a ledger entry. */
export const recordAttendance = defineContract({
  fn: 'reports',
  action: 'recordAttendance',
  summary: '一次录入会议考勤，按积分方案自动生成缺席、迟到、请假等记分',
  roles: '本支部记分员、书记',
  audience: 'signedIn',
  request: z
    .object({
      branchId: DocId,
      meetingType: ItemCode,
      date: LocalDate,
      title: Text({ max: 100, empty: '请填写会议名称', tooLong: '会议名称最多 100 字' }).optional(),
      attendance: z
        .array(z.object({ memberId: DocId, outcome: AttendanceOutcomeView }).strict())
        .min(1, '请至少录入一名党员的考勤')
        .max(MAX_ATTENDANCE, `一次最多录入 ${MAX_ATTENDANCE} 人`)
        .superRefine((rows, ctx) => {
          const seen = new Set<string>();
          rows.forEach((row, i) => {
            if (seen.has(row.memberId)) ctx.addIssue({ code: 'custom', path: [i, 'memberId'], message: '同一名党员只能录入一次' });
            seen.add(row.memberId);
          });
        }),
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: z
    .object({
      meetingId: z.string(),
      /** The ledger entries the meeting produced (outcomes without an item produce none). */
      entries: z.array(
        z.object({ memberId: z.string(), outcome: AttendanceOutcomeView, itemCode: z.string(), entryId: z.string() }).strict(),
      ),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR, 'FIELD_INVALID', 'IDEMPOTENCY_KEY_REUSED', ...OPEN_DATE, 'SELF_ENTRY', ...ENTRY_FIELDS],
});
