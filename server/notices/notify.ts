import type { NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';
import { NOTICE_RECIPIENTS } from '../../shared/contracts/notices/notice-fields.schema';
import type { AppealDoc } from '../publications/appeal.doc';
import type { PublicationDoc } from '../publications/publication.doc';
import type { Repositories } from '../repositories';
import type { ReportDoc } from '../reports/report.doc';
import type { RoleName } from '../roles/role.doc';
import { DeliveryCounts, deliverNotices } from './deliver';
import * as compose from './notice-content';
import type { NoticeContent } from './notice-content';
import type { Notifier } from './notifier';
import { officersOf } from './recipients';

/** What an action (or the timer) gives the notices: its repositories, its services' notifier and its time. */
export interface NotifyContext {
  repos: Pick<Repositories, 'noticeSubscriptions' | 'roles'>;
  services: { notifier: Notifier };
  now: Date;
}

const NONE: DeliveryCounts = { sent: 0, noConsent: 0, refused: 0, failed: 0, unconfigured: 0 };

/** The content, to each of `openids`. Never throws: a notice never fails the operation that caused it. */
async function send(ctx: NotifyContext, content: NoticeContent, openids: readonly string[]): Promise<DeliveryCounts> {
  const { repos, services, now } = ctx;
  return deliverNotices(
    { repos, notifier: services.notifier, now },
    [...new Set(openids)].map((openid) => ({ ...content, openid })),
  );
}

/** The content to the branch's officers of its kind (NOTICE_RECIPIENTS), but not to `except`; one read of the branch's roles. */
async function toOfficers(ctx: NotifyContext, content: NoticeContent, except: string | null): Promise<DeliveryCounts> {
  if (ctx.services.notifier.templateId(content.key) === null) return NONE;
  try {
    const roles = NOTICE_RECIPIENTS[content.key].filter((r): r is RoleName & ('recorder' | 'secretary') => r !== 'member');
    return await send(ctx, content, await officersOf(ctx.repos, content.branchId, roles, except));
  } catch (error) {
    console.error(`[notices] ${content.key}: could not find the officers; nothing sent`, error);
    return NONE;
  }
}

const configured = (ctx: NotifyContext, key: NoticeKey) => ctx.services.notifier.templateId(key) !== null;

/** 申报待审核: to the branch's secretaries and recorders (not to the member who reported). */
export const notifyReportWaiting = (ctx: NotifyContext, report: ReportDoc) => toOfficers(ctx, compose.reportWaiting(report), report.openid);

/** 审核结果: to the member who reported. */
export const notifyReportReviewed = (ctx: NotifyContext, report: ReportDoc) =>
  configured(ctx, 'reportReviewed') ? send(ctx, compose.reportReviewed(report, ctx.now), [report.openid]) : Promise.resolve(NONE);

/**
 * 审核结果 for several reports reviewed at once (a batch approval): one delivery — one read of the members'
 * subscriptions and one write per kind of outcome, however many reports.
 */
export function notifyReportsReviewed(ctx: NotifyContext, reports: readonly ReportDoc[]): Promise<DeliveryCounts> {
  if (!configured(ctx, 'reportReviewed') || reports.length === 0) return Promise.resolve(NONE);
  const { repos, services, now } = ctx;
  return deliverNotices(
    { repos, notifier: services.notifier, now },
    reports.map((report) => ({ ...compose.reportReviewed(report, now), openid: report.openid })),
  );
}

/** 异议待答复: to the branch's secretaries (not to a secretary who objects to their own row). */
export const notifyAppealFiled = (ctx: NotifyContext, appeal: AppealDoc, publication: Pick<PublicationDoc, 'label'>) =>
  toOfficers(ctx, compose.appealFiled(appeal, publication), appeal.openid);

/** 异议答复: to the member who objected. */
export const notifyAppealAnswered = (ctx: NotifyContext, appeal: AppealDoc, publication: Pick<PublicationDoc, 'label'>) =>
  configured(ctx, 'appealAnswered')
    ? send(ctx, compose.appealAnswered(appeal, publication, ctx.now), [appeal.openid])
    : Promise.resolve(NONE);

/**
 * 积分公示 (or 积分确认 where members sign off): to the members on the board (not exempt) with a WeChat
 * bound, their records as the publication scored them (`members` by id).
 */
export function notifyPublicationOpen(
  ctx: NotifyContext,
  publication: PublicationDoc,
  members: ReadonlyMap<string, { openid: string | null }>,
): Promise<DeliveryCounts> {
  const content = compose.publicationOpen(publication);
  if (!configured(ctx, content.key)) return Promise.resolve(NONE);
  const openids = publication.board.flatMap((row) => {
    const openid = row.exempt ? null : members.get(row.memberId)?.openid;
    return openid ? [openid] : [];
  });
  return send(ctx, content, openids);
}

/** 公示待发布: to the branch's secretaries, when the timer drafted a period. */
export const notifyPublicationDue = (ctx: NotifyContext, draft: Parameters<typeof compose.publicationDue>[0]) =>
  toOfficers(ctx, compose.publicationDue(draft), null);

/** 异议逾期: one message to the branch's secretaries for the branch's appeals past their limit. */
export const notifyAppealsOverdue = (ctx: NotifyContext, appeals: readonly AppealDoc[]) =>
  appeals.length > 0 ? toOfficers(ctx, compose.appealOverdue(appeals), null) : Promise.resolve(NONE);
