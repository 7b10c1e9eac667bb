import { z } from 'zod';
import { DocId, Text, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_YEAR, COMMITTEE_ADMIN } from '../reasons/groups';
import { YearTableData } from './year-table.schema';

/** One grade the committee changes (改评), with the note Annex C asks for. */
export const GradeChangeInput = z
  .object({
    memberId: DocId,
    /** A grade code of the branch's scheme (excellent, qualified …). */
    grade: z.string().min(1).max(64),
    note: Text({ max: 100, empty: '改评须注明理由' }),
  })
  .strict();

/**
 * The committee admin over the branch confirms the proposed grades, or changes some of them with a note
 * each (000 Annex C: 如与支部申报意见不一致，应注明改评人员和结果). The decision is final: the year's
 * grades become the members' history (consecutive-year escalation in later years). Deciding again is
 * refused (CONFLICT YEAR_ALREADY_DECIDED), as is deciding before the branch proposed (YEAR_NOT_PROPOSED).
 */
export const decideGrades = defineContract({
  fn: 'year',
  action: 'decideGrades',
  summary: '党委审定支部申报的年度等次：同意，或逐人改评并注明理由；审定后不可更改，计入历年结果',
  roles: '上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      branchId: DocId,
      year: Year,
      /** Empty: the committee agrees with the branch. */
      changes: z.array(GradeChangeInput).max(100, '每次最多改评 100 人').default([]),
      /** 党委评定意见 (e.g. 同意支部申报意见). */
      opinion: Text({ max: 200, empty: '请填写党委评定意见' }).optional(),
    })
    .strict(),
  response: YearTableData,
  reasons: [
    ...COMMITTEE_ADMIN,
    ...BRANCH_YEAR,
    'YEAR_NOT_PROPOSED',
    'YEAR_ALREADY_DECIDED',
    'YEAR_BUSY',
    'FIELD_INVALID',
    'SCHEME_CHANGED',
  ],
});
