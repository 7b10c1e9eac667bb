import { z } from 'zod';

/**
 * The kinds of subscription message (订阅消息) the product sends, one WeChat template each: to officers
 * (reports waiting, appeals filed and overdue, a period's draft ready) and to members (a report reviewed,
 * an appeal answered, a publication open, a month to sign off).
 */
export const NOTICE_KEYS = [
  'reportWaiting',
  'reportReviewed',
  'appealFiled',
  'appealOverdue',
  'appealAnswered',
  'publicationOpen',
  'monthToConfirm',
  'publicationDue',
] as const;
export const NoticeKey = z.enum(NOTICE_KEYS);
export type NoticeKey = z.infer<typeof NoticeKey>;

/** Each kind's title as people see it (the template's title in the WeChat console). */
export const NOTICE_TITLES: Record<NoticeKey, string> = {
  reportWaiting: '申报待审核提醒',
  reportReviewed: '申报审核结果通知',
  appealFiled: '异议待答复提醒',
  appealOverdue: '异议逾期提醒',
  appealAnswered: '异议答复通知',
  publicationOpen: '积分公示通知',
  monthToConfirm: '积分确认提醒',
  publicationDue: '公示待发布提醒',
};

/** Who receives each kind: a branch's members, or its officers (the roles named). */
export const NOTICE_RECIPIENTS: Record<NoticeKey, readonly ('member' | 'recorder' | 'secretary')[]> = {
  reportWaiting: ['secretary', 'recorder'],
  reportReviewed: ['member'],
  appealFiled: ['secretary'],
  appealOverdue: ['secretary'],
  appealAnswered: ['member'],
  publicationOpen: ['member'],
  monthToConfirm: ['member'],
  publicationDue: ['secretary'],
};

/** Why a notice did not reach its person: no subscription left, WeChat refused it (43101), or the call failed. */
export const NoticeOutcome = z.enum(['noConsent', 'refused', 'failed']);
export type NoticeOutcome = z.infer<typeof NoticeOutcome>;

export const NOTICE_OUTCOME_TEXT: Record<NoticeOutcome, string> = {
  noConsent: '未订阅',
  refused: '用户拒收',
  failed: '发送失败',
};

/** One kind of notice as the caller's subscription page shows it. */
export const SubscriptionView = z
  .object({
    key: NoticeKey,
    title: z.string(),
    /** The WeChat template id to pass to wx.requestSubscribeMessage. */
    templateId: z.string(),
    /** Messages of this kind the caller has agreed to receive and not yet received (one per 允许). */
    credits: z.number().int().min(0),
    /** Whether the caller receives this kind at all (a member's kinds, or an officer's). */
    forMe: z.boolean(),
  })
  .strict();
export type SubscriptionView = z.infer<typeof SubscriptionView>;

export const SubscriptionsResponse = z.object({ templates: z.array(SubscriptionView) }).strict();
