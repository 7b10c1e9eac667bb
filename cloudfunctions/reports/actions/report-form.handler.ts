import { reportForm, ReportItem } from '../../../shared/contracts/reports/report-form.schema';
import { MAX_REPORT_PHOTOS } from '../../../shared/contracts/reports/submit-report.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { openDateRanges } from '../../../server/ledger/open-periods';
import { reportPhotoPrefix } from '../../../server/reports/photo-rules';
import { reportCategories } from '../../../server/reports/report-form';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { Handler } from '../../../server/runtime/route';

/**
 * The report page's first screen in one call: the caller's member record, the items of this year's
 * pinned scheme that members report (points and evidence rule), the dates open today, and the folder
 * the caller's photos go to (the mini-program cannot know its own openid otherwise), and the 审核结果
 * notice's template with what the caller has subscribed of it (the page asks WeChat at the submit tap,
 * where it must know the id without another call).
 *
 * Database requests: 2 — member records (access), then the branch-year; 3 where the deployment sends
 * 审核结果 notices (the caller's subscription record beside the branch-year).
 */
export const reportFormHandler: Handler<typeof reportForm> = async (request, { openid, now, services, access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const today = localDateOf(now);
  const templateId = services.notifier.templateId('reportReviewed');
  const [branchYear, subscription] = await Promise.all([
    loadBranchYear(repos, member.branchId, yearOf(today)),
    templateId ? repos.noticeSubscriptions.byOpenid(openid) : null,
  ]);
  const { scheme } = branchYear;
  const categories: { code: string; name: string; items: ReportItem[] }[] = reportCategories(scheme, member.posts);
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    year: branchYear.doc.year,
    today,
    scheme: { id: scheme.id, version: scheme.version, name: scheme.name, periodUnit: scheme.period },
    exempt: member.exempt !== null,
    openDates: openDateRanges(branchYear, today),
    photoFolder: reportPhotoPrefix(openid),
    maxPhotos: MAX_REPORT_PHOTOS,
    categories,
    reviewNotice: templateId ? { templateId, credits: subscription?.credits.reportReviewed ?? 0 } : null,
  };
};
