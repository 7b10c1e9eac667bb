import { z } from 'zod';
import { DocId, LocalDate, Text } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ENTRY_FIELDS } from '../reasons/groups';
import { EntryFieldsRequest, EntryItemCode } from '../reports/entry-fields.schema';
import { AppealView } from './publication-view.schema';

/** What an accepted appeal corrects: a new line in the period, or a line of the period cancelled. */
export const AppealCorrection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), itemCode: EntryItemCode, date: LocalDate, ...EntryFieldsRequest }).strict(),
  z.object({ kind: z.literal('cancel'), entryId: DocId }).strict(),
]);

/**
 * The branch answers an appeal: accepted — with a correction written to the ledger with the appeal as its
 * source (dated in the published period, which changes only this way) — or rejected, with the reason the
 * member sees.
 */
export const answerAppeal = defineContract({
  fn: 'publications',
  action: 'answerAppeal',
  summary: '答复异议：采纳（可同时更正台账，来源为该异议）或不予采纳（写明理由）',
  roles: '本支部书记；上级党委管理员（不能答复本人的异议）',
  audience: 'signedIn',
  request: z
    .object({
      appealId: DocId,
      decision: z.enum(['accept', 'reject']),
      answer: Text({ min: 2, max: 300, empty: '请写明答复', tooLong: '答复最多 300 字' }),
      correction: AppealCorrection.optional(),
    })
    .strict()
    .refine((r) => r.decision === 'accept' || r.correction === undefined, { message: '不予采纳时不更正台账', path: ['correction'] }),
  response: AppealView,
  reasons: [
    'APPEAL_NOT_FOUND',
    ...BRANCH_ROLE,
    'SELF_ANSWER',
    'APPEAL_ANSWERED',
    'PUBLICATION_NOT_FOUND',
    'PUBLICATION_FINAL',
    ...BRANCH_YEAR,
    'SCHEME_CHANGED',
    ...ENTRY_FIELDS,
    'MEMBER_NOT_FOUND',
    'ENTRY_NOT_FOUND',
    'ENTRY_IS_REVERSAL',
    'ENTRY_ALREADY_REVERSED',
  ],
});
