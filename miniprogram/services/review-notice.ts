import { CONTRACTS } from '../shared/index';
import type { ServiceClient } from './service-client';

/**
 * The 审核结果 notice (订阅消息 “申报审核结果通知”): asked at the tap on “提交申报” only — WeChat shows the
 * dialog only when wx.requestSubscribeMessage runs straight in a tap handler, before anything awaits, so
 * the template id comes with the report form (reports.reportForm's reviewNotice) — at most once per
 * session (this module lives as long as the app), not while a subscription is still unused, and never
 * again once the member said no. What they answered goes to notices.recordConsent; when that call does
 * not get through it waits on the phone and goes with the next one.
 */
export interface ReviewNotice {
  templateId: string;
  /** Messages of this kind the member has agreed to and not yet received. */
  credits: number;
}

const REFUSED_KEY = 'noticeRefused:reportReviewed';
const ANSWERS_KEY = 'noticeAnswers';
/** WeChat's errCode when the member has switched subscription messages off in the mini-program's settings. */
const SWITCHED_OFF = 20004;
type Answer = 'accept' | 'reject' | 'ban' | 'filter';

let askedThisSession = false;

function pendingAnswers(): Record<string, Answer> {
  const kept = wx.getStorageSync<Record<string, Answer> | ''>(ANSWERS_KEY);
  return kept && typeof kept === 'object' ? kept : {};
}

/** Sends the answers waiting on the phone to notices.recordConsent (nothing when none wait). */
export async function recordNoticeAnswers(client: ServiceClient): Promise<void> {
  const answers = pendingAnswers();
  if (Object.keys(answers).length === 0) return;
  const reply = await client.call(CONTRACTS.notices.recordConsent, { answers });
  // Recorded, or refused for good (a template this deployment no longer uses): either way it is done.
  if (reply.ok || reply.code !== 'NETWORK') wx.removeStorageSync(ANSWERS_KEY);
}

/**
 * Call first thing in the submit tap. Asks only for a configured notice the member has no unused
 * subscription of, not yet this session, and not after a refusal. Returns whether it asked.
 */
export function askReviewResultNotice(notice: ReviewNotice | null, client: ServiceClient): boolean {
  if (!notice || notice.credits > 0 || askedThisSession || wx.getStorageSync(REFUSED_KEY)) return false;
  askedThisSession = true;
  const { templateId } = notice;
  wx.requestSubscribeMessage({
    tmplIds: [templateId],
    success: (result) => {
      const given = (result as unknown as Record<string, string>)[templateId];
      const answer: Answer = given === 'accept' || given === 'ban' || given === 'filter' ? given : 'reject';
      if (answer !== 'accept') wx.setStorageSync(REFUSED_KEY, answer);
      wx.setStorageSync(ANSWERS_KEY, { ...pendingAnswers(), [templateId]: answer });
      void recordNoticeAnswers(client);
    },
    fail: (error: { errCode?: number }) => {
      if (error.errCode === SWITCHED_OFF) wx.setStorageSync(REFUSED_KEY, 'switchedOff');
    },
  });
  return true;
}

/** A new session (tests: the app restarted). */
export function startNoticeSession(): void {
  askedThisSession = false;
}
