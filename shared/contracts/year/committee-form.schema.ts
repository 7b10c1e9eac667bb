import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, ORG_OF_KIND } from '../reasons/groups';
import { ActorView, GradeNote, GradeRef, SchemeView, YearStatus } from './year-fields.schema';

const Person = z.object({ memberId: z.string(), name: z.string(), total: z.number() }).strict();

/**
 * 党员年终等次评定审批表 (000 Annex C) for one branch: the branch's proposed grades with the members and
 * their year scores, the committee's decision beside them, and the notes on every change (改评人员和结果).
 * Before the branch proposes there is no form: `status` 'open' with empty lists.
 */
export const committeeForm = defineContract({
  fn: 'year',
  action: 'committeeForm',
  summary: '党员年终等次评定审批表（附录C）：支部申报意见、党员名单与年终积分、党委评定意见、改评备注',
  roles: '上级党委管理员；本支部书记（支部留档）',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year }).strict(),
  response: z
    .object({
      branchId: z.string(),
      branchName: z.string(),
      year: z.number().int(),
      status: YearStatus,
      scheme: SchemeView.nullable(),
      /** Members on the form (scored members of the proposal). */
      members: z.number().int(),
      proposal: z.object({ at: z.string(), by: ActorView }).strict().nullable(),
      /** By grade, best first: who the branch proposed, and who the committee decided (empty until decided). */
      grades: z.array(GradeRef.extend({ proposed: z.array(Person), decided: z.array(Person) }).strict()),
      /** Members without a grade (预备党员 …), with the reason. */
      ungraded: z.array(Person.extend({ why: GradeNote }).strict()),
      /** 备注: every member whose grade the committee changed, from what to what, and why. */
      changes: z.array(Person.extend({ from: GradeRef.nullable(), to: GradeRef, note: z.string() }).strict()),
      decision: z.object({ at: z.string(), by: ActorView, opinion: z.string().nullable() }).strict().nullable(),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND],
});
