import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { entryFieldsOf, nullableDetailsOf } from '../../../shared/entry-fields';
import { localDateOf, yearOf } from '../../../shared/period';
import { fail } from '../../../server/errors/domain-error';
import type { ReportDoc } from '../../../server/reports/report.doc';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { requireOpenDate } from '../../../server/ledger/open-periods';
import { isSameSubmission, reportIdFor, SubmittedContent } from '../../../server/reports/idempotency';
import { requireItem, requireMemberReportable, requirePhotoRule, requireValidProposal } from '../../../server/ledger/item-rules';
import { requireOwnPhotos } from '../../../server/reports/photo-rules';
import { reportView } from '../../../server/reports/report-view';
import { reportViewWithLinks } from '../../../server/reports/report-views';
import { pinnedRefOf, rememberPinned } from '../../../server/schemes/scheme-cache';
import { Handler } from '../../../server/runtime/route';
import { notifyReportWaiting } from '../../../server/notices/notify';

const keyReused = () => fail('IDEMPOTENCY_KEY_REUSED', { what: '份申报' });

/**
 * A member reports an item. Everything is checked before the one write: the member record, the photo
 * paths and names, the item (member-reportable, photo rule, fields), the open period, then WeChat's text
 * check (risky → CONTENT_REJECTED), the photos themselves (this environment's storage, present, image
 * bytes) and their asynchronous image checks.
 * A retry with the same idempotency key returns the first report (its _id derives from openid + key).
 *
 * Database requests: 4 — member records (access) ∥ the report by its derived id, the branch-year, the
 * insert. A retry: 2 (members ∥ report). Storage requests with n photos: 1 + n — the temporary URLs, and
 * a Range GET of each photo's first 64 bytes — plus 1 on a cold instance (the storage root); none without
 * photos. Open-API calls: msgSecCheck, one mediaCheckAsync per photo.
 * Then, never failing it, 申报待审核 to the branch's reviewers (server/notices): +1 read of the branch's
 * roles, +1 of their subscriptions, +1 write per kind of outcome.
 */
export const submitReportHandler: Handler<typeof submitReport> = async (request, { openid, now, services, access, repos }) => {
  const reportId = reportIdFor(openid, request.idempotencyKey);
  const [member, existing] = await Promise.all([access.requireOwnMember(request.memberId), repos.reports.byId(reportId)]);
  const content: SubmittedContent = {
    memberId: member._id,
    date: request.date,
    description: request.description,
    photos: request.photos,
    fields: entryFieldsOf(request.itemCode, request),
  };
  if (existing) {
    if (existing.openid !== openid || !isSameSubmission(existing, content)) throw keyReused();
    return reportViewWithLinks(services.photos, existing);
  }
  if (member.exempt) throw fail('CALLER_EXEMPT');
  requireOwnPhotos(request.photos, openid);

  const branchYear = await loadBranchYear(repos, member.branchId, yearOf(request.date));
  rememberPinned(branchYear);
  const item = requireItem(branchYear, request.itemCode);
  requireMemberReportable(item);
  requirePhotoRule(item, request.photos);
  const period = requireOpenDate(branchYear, request.date, localDateOf(now));
  requireValidProposal(branchYear, item, content.fields, member);

  const textCheck = await services.contentCheck.requireCleanText(openid, request.description);
  const photoUrls = await services.photos.requireImages(request.photos);
  const photoTraceIds = await services.contentCheck.startImageChecks(openid, photoUrls);

  const report: ReportDoc = {
    _id: reportId,
    branchId: member.branchId,
    memberId: member._id,
    memberName: member.name,
    openid,
    idempotencyKey: request.idempotencyKey,
    year: branchYear.doc.year,
    period,
    date: request.date,
    itemCode: item.code,
    itemName: item.name,
    description: request.description,
    photos: request.photos,
    ...nullableDetailsOf(request),
    status: 'pending',
    submittedAt: now,
    reviewedAt: null,
    reviewedBy: null,
    rejectReason: null,
    ledgerEntryId: null,
    scheme: pinnedRefOf(branchYear.doc),
    textCheck,
    photoTraceIds,
    reviewNote: null,
    awardedCenti: null,
  };
  const written = await repos.reports.insert(report);
  if (!written.created) {
    // A concurrent retry of the same submission won the insert.
    if (!isSameSubmission(written.doc, content)) throw keyReused();
    return reportViewWithLinks(services.photos, written.doc);
  }
  await notifyReportWaiting({ repos, services, now }, report);
  // The links the photo checks just made serve the reply (no further request).
  return reportView(report, new Map(request.photos.map((fileId, i) => [fileId, photoUrls[i] ?? null])));
};
