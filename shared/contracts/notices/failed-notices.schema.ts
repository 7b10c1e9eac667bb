import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { NoticeKey, NoticeOutcome } from './notice-fields.schema';

/** A notice of the branch that did not reach its person. */
export const FailedNoticeView = z
  .object({
    at: z.string(),
    /** Who it was for (the member's or officer's name in this branch), or null when the branch no longer knows them. */
    name: z.string().nullable(),
    key: NoticeKey,
    title: z.string(),
    outcome: NoticeOutcome,
    /** 未订阅 / 用户拒收 / 发送失败 */
    outcomeText: z.string(),
    /** WeChat's error code (43101: the user refused or has no subscription left), when WeChat answered one. */
    errCode: z.number().int().nullable(),
  })
  .strict();

/**
 * The branch's subscription messages of the last days that were not delivered — the person had not
 * subscribed, WeChat refused (43101), or the call failed — newest first, at most 50: so officers know
 * who to tell in person.
 */
export const failedNotices = defineContract({
  fn: 'notices',
  action: 'failedNotices',
  summary: '本支部近期未送达的订阅消息（未订阅、拒收或发送失败）',
  roles: '本支部书记、记分员；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, days: z.number().int().min(1).max(90).default(30) }).strict(),
  response: z.object({ notices: z.array(FailedNoticeView) }).strict(),
  reasons: [...BRANCH_ROLE],
});
