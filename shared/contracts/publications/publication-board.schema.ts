import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { AppealView, BoardRowView, PublicationSummary } from './publication-view.schema';

/**
 * A publication's board (公示栏) as the branch sees it, with what the caller may do: a member's own row,
 * whether they may still appeal, their appeals and their sign-off; an officer's open appeals and who has
 * not signed off. A publication whose window has ended with no open appeal is made final on the way.
 */
export const publicationBoard = defineContract({
  fn: 'publications',
  action: 'publicationBoard',
  summary: '公示栏：本期公示表（按姓氏拼音排序）、本人的异议与签字确认；书记可见未确认名单',
  roles: '本支部党员、记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ publicationId: DocId }).strict(),
  response: z
    .object({
      publication: PublicationSummary,
      board: z.array(BoardRowView),
      /** Present when the caller has a member record on this board. */
      me: z
        .object({
          memberId: z.string(),
          canAppeal: z.boolean(),
          appeals: z.array(AppealView),
          /** The scheme asks members to sign off each period (001: 党员签字确认). */
          confirmationRequired: z.boolean(),
          confirmedAt: z.string().nullable(),
          /** Where the member uploads an appeal's photos (cloud path prefix: reports/<openid>/, as for reports). */
          photoFolder: z.string(),
        })
        .strict()
        .nullable(),
      /** Present for the branch's officers and committee admins. */
      officer: z
        .object({
          appeals: z.array(AppealView),
          /** Members who have not signed off yet (when the scheme asks for sign-offs). */
          unconfirmed: z.array(z.object({ memberId: z.string(), name: z.string() }).strict()),
        })
        .strict()
        .nullable(),
    })
    .strict(),
  reasons: ['PUBLICATION_NOT_FOUND', ...BRANCH_ROLE, ...BRANCH_YEAR, 'SCHEME_CHANGED'],
});
