import { z } from 'zod';
import { defineContract } from '../define-contract';
import { SubscriptionsResponse } from './notice-fields.schema';

/** What wx.requestSubscribeMessage answered for one template. */
export const SubscribeAnswer = z.enum(['accept', 'reject', 'ban', 'filter']);

/**
 * Records what the caller answered in wx.requestSubscribeMessage: each 允许 (accept) of a template allows
 * one message of that kind (one-time subscriptions add up); reject, ban and filter allow none. Answers the
 * caller's subscriptions as they are now.
 */
export const recordConsent = defineContract({
  fn: 'notices',
  action: 'recordConsent',
  summary: '记录用户在订阅消息授权弹窗中的选择（每次“允许”可收到一条该类消息）',
  roles: '任何已登录用户',
  audience: 'signedIn',
  request: z
    .object({
      /** wx.requestSubscribeMessage's result by template id, without its errMsg. */
      answers: z
        .record(z.string().trim().min(1).max(128), SubscribeAnswer)
        .refine((answers) => Object.keys(answers).length >= 1, '请至少提交一个模板的选择')
        .refine((answers) => Object.keys(answers).length <= 20, '一次最多提交 20 个模板的选择'),
    })
    .strict(),
  response: SubscriptionsResponse,
  reasons: ['FIELD_INVALID'],
});
