import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { OWN_MEMBER } from '../reasons/groups';
import { Consequences, GradeNote, GradeRef, ReviewResultView, YearStatus } from './year-fields.schema';

/**
 * The member's own year: once the committee has decided, the final result — total, stars, grade (and
 * whether the committee changed the branch's proposal), the democratic-review results, and what follows
 * (warnings, flags, the escalation step), for the page to show kindly. Before that, the stage only
 * (the running numbers are on the member's home page). `history`: the earlier years the committee
 * decided, newest first.
 */
export const myYear = defineContract({
  fn: 'year',
  action: 'myYear',
  summary: '党员本人的年度结果：总分、星级、等次、民主评议结果，以及需要关注的事项（党委审定后显示）',
  roles: '党员本人',
  audience: 'signedIn',
  /** Without memberId: the caller's only member record. */
  request: z.object({ memberId: DocId.optional(), year: Year }).strict(),
  response: z
    .object({
      member: z.object({ memberId: z.string(), name: z.string(), branchId: z.string() }).strict(),
      year: z.number().int(),
      status: YearStatus,
      result: z
        .object({
          total: z.number(),
          stars: z.number().int().nullable(),
          /** The most stars the scheme gives (null: no stars). */
          maxStars: z.number().int().nullable(),
          grade: GradeRef.nullable(),
          gradeNote: GradeNote,
          /** The committee decided a grade other than the branch's proposal. */
          changedByCommittee: z.boolean(),
          reviews: z.array(ReviewResultView),
          ...Consequences,
          decidedAt: z.string(),
        })
        .strict()
        .nullable(),
      /** Earlier decided years (at most ten), newest first: total, stars and the decided grade. */
      history: z
        .array(
          z.object({ year: z.number().int(), total: z.number(), stars: z.number().int().nullable(), grade: GradeRef.nullable() }).strict(),
        )
        .max(10),
    })
    .strict(),
  reasons: [...OWN_MEMBER],
});
