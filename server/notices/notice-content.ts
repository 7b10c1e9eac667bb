import type { NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';
import { parsePeriodKey } from '../../shared/period';
import { fromCenti } from '../../shared/points';
import type { AppealDoc } from '../publications/appeal.doc';
import type { PublicationDoc } from '../publications/publication.doc';
import type { ReportDoc } from '../reports/report.doc';
import { NOTICE_TEMPLATES, thing, timeText } from './notice-templates';

/** A notice's content before it has a person: its kind, what it is about, the page it opens, the template's values. */
export interface NoticeContent {
  key: NoticeKey;
  branchId: string;
  ref: string;
  page: string;
  data: Record<string, string>;
}

/** The values in the template's field order (NOTICE_TEMPLATES), so that the keys are the configured ones. */
function content(key: NoticeKey, branchId: string, ref: string, values: string[]): NoticeContent {
  const data = Object.fromEntries(NOTICE_TEMPLATES[key].fields.map((field, i) => [field.key, values[i] ?? '']));
  return { key, branchId, ref, page: `pages/home/home?notice=${key}&id=${encodeURIComponent(ref)}`, data };
}

/** A period key as people read it: 2026年3月, 2026年第一季度, 2026年度. */
export function periodLabel(key: string): string {
  if (/^\d{4}$/.test(key)) return `${key}年度`;
  return parsePeriodKey(key)?.label ?? key;
}

/** To the branch's reviewers: a member's report waits for review. */
export const reportWaiting = (report: ReportDoc) =>
  content('reportWaiting', report.branchId, report._id, [
    thing(report.memberName),
    thing(report.itemName),
    timeText(report.submittedAt),
    '请及时在小程序中审核',
  ]);

/** To the member: their report was approved (with the points it counted) or rejected (with the reason). */
export function reportReviewed(report: ReportDoc, at: Date): NoticeContent {
  const approved = report.status === 'approved';
  const note = approved ? `本次记${fromCenti(report.awardedCenti ?? 0)}分` : `${report.rejectReason ?? '未通过审核'}`;
  return content('reportReviewed', report.branchId, report._id, [
    thing(report.itemName),
    approved ? '已通过' : '未通过',
    thing(note),
    timeText(report.reviewedAt ?? at),
  ]);
}

/** To the branch's secretaries: a member objects to a publication. */
export const appealFiled = (appeal: AppealDoc, publication: Pick<PublicationDoc, 'label'>) =>
  content('appealFiled', appeal.branchId, appeal._id, [
    thing(appeal.memberName),
    thing(publication.label),
    thing(appeal.reason),
    timeText(appeal.answerDue),
  ]);

/** To the branch's secretaries: appeals past their answer limit (one message for the branch's overdue ones). */
export function appealOverdue(appeals: readonly AppealDoc[]): NoticeContent {
  const [first] = [...appeals].sort((a, b) => a.answerDue.getTime() - b.answerDue.getTime());
  const names = [...new Set(appeals.map((a) => a.memberName))];
  const who = names.length > 1 ? `${names[0]}等${names.length}人` : first.memberName;
  return content('appealOverdue', first.branchId, first._id, [
    thing(who),
    thing(periodLabel(first.period)),
    timeText(first.answerDue),
    appeals.length > 1 ? thing(`${appeals.length}条异议已超过答复期限`) : '已超过答复期限，请尽快答复',
  ]);
}

/** To the member: the branch answered their appeal. */
export const appealAnswered = (appeal: AppealDoc, publication: Pick<PublicationDoc, 'label'>, at: Date) =>
  content('appealAnswered', appeal.branchId, appeal._id, [
    thing(publication.label),
    appeal.status === 'accepted' ? '已采纳' : '未采纳',
    thing(appeal.answer ?? ''),
    timeText(appeal.answeredAt ?? at),
  ]);

/** To the branch's members: a period's board is published (a month to sign off, where the scheme asks for it). */
export function publicationOpen(publication: PublicationDoc): NoticeContent {
  if (publication.memberConfirms)
    return content('monthToConfirm', publication.branchId, publication._id, [
      thing(`${publication.label}积分`),
      timeText(publication.windowEndsAt),
      '请核对后在小程序中签字确认',
    ]);
  return content('publicationOpen', publication.branchId, publication._id, [
    thing(publication.label),
    timeText(publication.windowEndsAt),
    timeText(publication.appealsUntil),
    '如有异议请在截止前提出',
  ]);
}

/** To the branch's secretaries: the timer drafted a period's board; it waits to be checked and published. */
export const publicationDue = (draft: { _id: string; branchId: string; label: string; pendingReports: number }) =>
  content('publicationDue', draft.branchId, draft._id, [
    thing(draft.label),
    String(draft.pendingReports),
    draft.pendingReports > 0 ? '请先审核待审申报，再核对发布' : '积分草稿已生成，请核对后发布',
  ]);
