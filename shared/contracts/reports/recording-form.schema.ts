import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { DocId } from '../common.schema';
import { AttendanceOutcomeView } from './record-attendance.schema';
import { ItemRuleView } from './item-rule.schema';

/**
 * Everything a recorder or secretary needs to record a meeting's attendance or enter points for a
 * member, in one call: the branch's members (the caller's own record marked: another officer scores
 * it), the scheme's meeting types with the outcomes that give points, the items the caller may enter,
 * and the dates open today.
 */
export const recordingForm = defineContract({
  fn: 'reports',
  action: 'recordingForm',
  summary: '考勤与记分页：本支部党员名单（标出本人）、会议类型及各考勤结果的记分、可录入的项目与分值规则、今天可选的日期',
  roles: '本支部记分员、书记',
  audience: 'signedIn',
  request: z.object({ branchId: DocId }).strict(),
  response: z
    .object({
      branchId: z.string(),
      year: z.number().int(),
      /** Today, Beijing time (the default date). */
      today: z.string(),
      scheme: z.object({ name: z.string(), periodUnit: z.enum(['month', 'quarter']) }).strict(),
      /** The days entries may carry today, one range per open period, oldest first (empty: nothing can be entered). */
      openDates: z.array(z.object({ period: z.string(), label: z.string(), from: z.string(), to: z.string() }).strict()),
      /**
       * The branch's active members in pinyin order. `self`: the caller's own record (another officer
       * records it: SELF_ENTRY). `exempt`: 不纳入积分管理 (no attendance, no entries).
       */
      members: z.array(z.object({ memberId: z.string(), name: z.string(), self: z.boolean(), exempt: z.boolean() }).strict()),
      /**
       * The meeting types whose attendance is recorded; `outcomes`: those the scheme scores (present
       * itself when it earns points; absent, late, on leave when they cost points), with their item.
       */
      meetings: z.array(
        z
          .object({
            code: z.string(),
            name: z.string(),
            outcomes: z.array(
              z.object({ outcome: AttendanceOutcomeView, itemCode: z.string(), itemName: z.string(), points: z.number() }).strict(),
            ),
          })
          .strict(),
      ),
      /** The items the caller may enter for a member (vetoes for the secretary only), in the scheme's order. */
      items: z.array(ItemRuleView),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR],
});
