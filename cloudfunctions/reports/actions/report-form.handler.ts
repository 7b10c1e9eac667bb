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
 * the caller's photos go to (the mini-program cannot know its own openid otherwise).
 *
 * Database requests: 2 — member records (access), then the branch-year.
 */
export const reportFormHandler: Handler<typeof reportForm> = async (request, { openid, now, access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const today = localDateOf(now);
  const branchYear = await loadBranchYear(repos, member.branchId, yearOf(today));
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
  };
};
