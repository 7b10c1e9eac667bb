import { CONTRACTS } from '../../shared/index';
import type { ServiceClient } from '../../services/service-client';

/**
 * 订阅消息 at the tap on 发布公示 — the one place the secretary is asked: to be told when a member files an
 * appeal on it (appealFiled) and when one is past its answer limit (appealOverdue). WeChat shows the dialog
 * only when wx.requestSubscribeMessage runs straight in a tap handler, before anything awaits, so the
 * template ids must be on the phone before the tap: `learnPublishNotices` asks notices.mySubscriptions for
 * them once a week, in the background, when a period is ready to publish (never for the first screen), and
 * keeps them under `noticeTemplate:<key>`. What the secretary answers goes to notices.recordConsent; until
 * it is recorded it waits in `noticeAnswers` (shared with the report page's notice).
 */
const KEYS = ['appealFiled', 'appealOverdue'] as const;
const ANSWERS_KEY = 'noticeAnswers';
const LEARNED_KEY = 'noticeTemplates:learnedAt';
const RELEARN_MS = 7 * 24 * 3_600_000;

let askedThisSession = false;

export function publishNoticeTemplates(): string[] {
  return KEYS.map((key) => wx.getStorageSync<string | ''>(`noticeTemplate:${key}`)).filter((id): id is string => Boolean(id));
}

/** Keeps the template ids of the secretary's notices (at most once a week; nothing when the call fails). */
export async function learnPublishNotices(client: ServiceClient, now: Date): Promise<void> {
  const learnedAt = Number(wx.getStorageSync<number | ''>(LEARNED_KEY) || 0);
  if (now.getTime() - learnedAt < RELEARN_MS) return;
  const reply = await client.call(CONTRACTS.notices.mySubscriptions, {});
  if (!reply.ok) return;
  for (const key of KEYS) {
    const template = reply.data.templates.find((t) => t.key === key && t.forMe);
    if (template) wx.setStorageSync(`noticeTemplate:${key}`, template.templateId);
    else wx.removeStorageSync(`noticeTemplate:${key}`);
  }
  wx.setStorageSync(LEARNED_KEY, now.getTime());
}

function pendingAnswers(): Record<string, 'accept' | 'reject' | 'ban' | 'filter'> {
  const kept = wx.getStorageSync<Record<string, 'accept' | 'reject' | 'ban' | 'filter'> | ''>(ANSWERS_KEY);
  return kept && typeof kept === 'object' ? kept : {};
}

/** Call first thing in the publish tap; asks at most once per session. Returns the template ids asked for. */
export function askPublishNotices(): string[] {
  const tmplIds = publishNoticeTemplates();
  if (tmplIds.length === 0 || askedThisSession) return [];
  askedThisSession = true;
  wx.requestSubscribeMessage({
    tmplIds,
    success: (result) => {
      const answers = result as unknown as Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;
      const picked = Object.fromEntries(tmplIds.map((id) => [id, answers[id] ?? 'reject']));
      wx.setStorageSync(ANSWERS_KEY, { ...pendingAnswers(), ...picked });
    },
    fail: () => undefined,
  });
  return tmplIds;
}

/** Sends the answers waiting on the phone to notices.recordConsent; they stay when the call fails. */
export async function recordNoticeAnswers(client: ServiceClient): Promise<void> {
  const answers = pendingAnswers();
  if (Object.keys(answers).length === 0) return;
  const reply = await client.call(CONTRACTS.notices.recordConsent, { answers });
  if (reply.ok || reply.code === 'VALIDATION') wx.removeStorageSync(ANSWERS_KEY);
}

/** Tests: a new session. */
export function resetPublishNotices(): void {
  askedThisSession = false;
}
