import { randomBytes } from 'node:crypto';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { isDuplicateKey } from '../../../server/db/cloudbase';
import { COLLECTIONS } from '../../../server/db/collections';
import { ReportDoc } from '../../../server/reports/report.doc';
import { ledgerEntry, requireValidEntry } from '../../../server/ledger/ledger-entry';
import { ledgerBySourceKeys } from '../../../server/ledger/ledger-reads';
import { entryFieldsOf, requireItem } from '../../../server/ledger/item-rules';
import { runContendedTransaction } from '../../../server/db/contended-transaction';
import { refuseSelfReview } from '../../../server/reports/self-review';
import { reportViewWithLinks } from '../../../server/adapters/storage/photo-links';
import { pinnedBranchYear } from '../../../server/schemes/scheme-cache';
import { AppError, conflict, notFound } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

const STATUS_ZH = { rejected: '被驳回', withdrawn: '被撤回' } as const;

/**
 * Approves a pending report and writes its ledger entry, atomically and once: inside one transaction
 * it reads the report, returns the existing entry when already approved, refuses a rejected or
 * withdrawn one, else marks it approved and adds the entry (sourceKey "report:<id>", unique: a second
 * guard). Concurrent approvals lose the transaction, re-run, find it approved and return that entry.
 *
 * Database requests: 6 on a warm instance — roles (access, started alongside the transaction) +
 * transaction start, get report, update report, add entry, commit. A cold instance (or a report
 * without a pinned-scheme reference) adds 1 read of the branch-year, then caches the pinned scheme
 * under branch:year@scheme (server/domain/scheme-cache.ts). Already approved: roles + start, get, commit = 4.
 */
export const approveReportHandler: Handler<typeof approveReport> = async (request, { openid, now, services, access, repos }) => {
  access.roles().catch(() => undefined); // overlap the roles query with the transaction's start
  const sourceKey = `report:${request.reportId}`;
  try {
    const outcome = await runContendedTransaction(services.db, async (tx) => {
      const found = await tx.collection(COLLECTIONS.reports).doc(request.reportId).get();
      if (!found.data) throw notFound('申报不存在', 'REPORT_NOT_FOUND');
      const report = ReportDoc.parse(found.data);
      const role = await access.requireBranchRole(report.branchId, ['recorder', 'secretary']);
      refuseSelfReview(report, openid);
      const actor = await access.actor(report.branchId, role);
      if (report.status === 'approved' && report.ledgerEntryId) return { entryId: report.ledgerEntryId, report };
      if (report.status === 'rejected' || report.status === 'withdrawn') {
        throw conflict(`该申报已${STATUS_ZH[report.status]}，不能再审核通过`, 'REPORT_ALREADY_REVIEWED');
      }

      const branchYear = await pinnedBranchYear(repos, report.branchId, report.year, report.scheme);
      const item = requireItem(branchYear, report.itemCode);
      const fields = entryFieldsOf(item.code, {
        points: request.points ?? report.points,
        level: request.level ?? report.level,
        quantity: request.quantity ?? report.quantity,
        post: report.post,
      });
      // The post was checked against the member's claimed posts at submission; the reviewer cannot change it.
      requireValidEntry(branchYear, fields, { posts: report.post ? [report.post] : [] });

      const entryId = randomBytes(16).toString('hex');
      const entry = ledgerEntry(branchYear, {
        sourceKey,
        member: { _id: report.memberId, branchId: report.branchId },
        year: report.year,
        period: report.period,
        date: report.date,
        fields,
        actor,
        at: now,
        reason: request.note ?? `申报审核通过：${report.description.slice(0, 60)}`,
        source: 'report',
        reportId: report._id,
      });
      const approved = {
        status: 'approved' as const,
        reviewedAt: now,
        reviewedBy: openid,
        ledgerEntryId: entryId,
        reviewNote: request.note ?? null,
        awardedCenti: entry.baseCenti,
      };
      // The report first: its write decides which concurrent approval wins.
      await tx.collection(COLLECTIONS.reports).doc(report._id).update(approved);
      await tx.collection(COLLECTIONS.ledger).add({ _id: entryId, ...entry });
      return { entryId, report: { ...report, ...approved } };
    });
    return { entryId: outcome.entryId, report: await reportViewWithLinks(services, outcome.report) };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // The unique sourceKey refused a second entry for this report: the entry exists (the transaction
    // wrote nothing). Answer with it, and mark the report approved if it is still pending.
    const [existing] = await ledgerBySourceKeys(services.db, [sourceKey]);
    if (!existing) throw new AppError('INTERNAL', '审核失败，请稍后再试');
    const reports = services.db.collection(COLLECTIONS.reports);
    const repaired = await reports.where({ _id: request.reportId, status: 'pending' }).updateAndReturn({
      status: 'approved',
      reviewedAt: existing.at,
      reviewedBy: existing.actor.openid,
      ledgerEntryId: existing._id,
      reviewNote: null,
      awardedCenti: existing.baseCenti,
    });
    const current = repaired.doc ?? (await reports.doc(request.reportId).get()).data[0];
    if (!current) throw new AppError('INTERNAL', '审核失败，请稍后再试');
    return { entryId: existing._id, report: await reportViewWithLinks(services, ReportDoc.parse(current)) };
  }
};
