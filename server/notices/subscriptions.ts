import {
  NOTICE_KEYS,
  NOTICE_RECIPIENTS,
  NOTICE_TITLES,
  NoticeKey,
  SubscriptionView,
} from '../../shared/contracts/notices/notice-fields.schema';
import { invalidField } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { RoleDoc } from '../roles/role.doc';
import type { NoticeSubscriptionDoc } from './notice-subscription.doc';
import type { Notifier } from './notifier';

/** What wx.requestSubscribeMessage answers for a template. */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter';

/** Subscriptions of one kind kept at most (each 允许 adds one; a bound keeps the record small). */
export const MAX_CREDITS = 50;

/** What the caller is, as far as the kinds of notice go: a member somewhere, and the officer roles held. */
export interface RecipientKinds {
  member: boolean;
  roles: readonly ('recorder' | 'secretary')[];
}

/** The kinds of notice a person receives, from their roles and member records. */
export function recipientKindsOf(roles: readonly RoleDoc[], members: readonly MemberDoc[]): RecipientKinds {
  const officer = roles.flatMap((r) => (r.role === 'recorder' || r.role === 'secretary' ? [r.role] : []));
  return { member: members.length > 0, roles: [...new Set(officer)] };
}

/**
 * The caller's record after their answers: each accept of a configured template adds one message of its
 * kind; reject, ban and filter add none (what was accepted before stays: WeChat keeps it too). A template
 * id this deployment does not use is a VALIDATION on `answers.<id>`.
 */
export function applyAnswers(
  current: NoticeSubscriptionDoc | null,
  openid: string,
  answers: Record<string, SubscribeAnswer>,
  notifier: Notifier,
  now: Date,
): NoticeSubscriptionDoc {
  const keyOf = new Map(
    NOTICE_KEYS.flatMap((key) => (notifier.templateId(key) ? [[notifier.templateId(key) as string, key] as const] : [])),
  );
  const credits = { ...(current?.credits ?? {}) };
  for (const [templateId, answer] of Object.entries(answers)) {
    const key = keyOf.get(templateId);
    if (!key) throw invalidField(`answers.${templateId}`, '不是本小程序的订阅消息模板');
    if (answer === 'accept') credits[key] = Math.min(MAX_CREDITS, (credits[key] ?? 0) + 1);
  }
  return {
    _id: openid,
    credits,
    answeredAt: now,
    problems: current?.problems ?? [],
    problemBranches: current?.problemBranches ?? [],
    lastProblemAt: current?.lastProblemAt ?? null,
  };
}

/** The configured kinds with the caller's subscriptions left and whether the kind concerns them. */
export function subscriptionViews(doc: NoticeSubscriptionDoc | null, notifier: Notifier, kinds: RecipientKinds): SubscriptionView[] {
  const forMe = (key: NoticeKey) => NOTICE_RECIPIENTS[key].some((r) => (r === 'member' ? kinds.member : kinds.roles.includes(r)));
  return NOTICE_KEYS.flatMap((key) => {
    const templateId = notifier.templateId(key);
    if (!templateId) return [];
    return [{ key, title: NOTICE_TITLES[key], templateId, credits: Math.max(0, doc?.credits[key] ?? 0), forMe: forMe(key) }];
  });
}
