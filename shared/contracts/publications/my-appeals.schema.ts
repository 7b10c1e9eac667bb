import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { OWN_MEMBER } from '../reasons/groups';
import { AppealView } from './publication-view.schema';

/** The most appeals one answer lists (a member files a few a year; more is not a list to read on a phone). */
export const MAX_MY_APPEALS = 100;

/** One of the member's own appeals as the list shows it: no photos (the board shows them), who answered by name. */
export const MyAppealView = AppealView.omit({ photos: true, memberName: true })
  .extend({
    /** The period as people say it: 2026年3月, 2026年第一季度, 2026年度. */
    periodLabel: z.string(),
    photoCount: z.number().int(),
    /** Who answered, as people know them (书记 徐书记), or null while open or when their role is gone. */
    answeredBy: z.string().nullable(),
  })
  .strict();
export type MyAppealView = z.infer<typeof MyAppealView>;

/**
 * The member's own appeals (异议) of this year and last, across periods, newest first, each with its answer;
 * at most MAX_MY_APPEALS (`truncated` says when there were more). A member bound in several branches names
 * which one (`memberId`).
 */
export const myAppeals = defineContract({
  fn: 'publications',
  action: 'myAppeals',
  summary: '我的异议：今年和去年提出的异议（最新的在前），含答复、答复人和是否超期',
  roles: '党员本人',
  audience: 'signedIn',
  request: z.object({ memberId: DocId.optional() }).strict(),
  response: z.object({ memberId: z.string(), appeals: z.array(MyAppealView), truncated: z.boolean() }).strict(),
  reasons: [...OWN_MEMBER],
});
