import { approveReports } from '../../../shared/contracts/reports/approve-reports.schema';
import { DomainError, fail } from '../../../server/errors/domain-error';
import { DuplicateLineError } from '../../../server/ledger/duplicate-line';
import { fromCenti } from '../../../shared/points';
import type { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';
import { approvalOf, approvedByExisting, reportSourceKey, REVIEWED_STATUS_ZH } from '../../../server/reports/approval';
import type { ReportDoc } from '../../../server/reports/report.doc';
import { refuseSelfReview } from '../../../server/reports/self-review';
import { pinnedBranchYear } from '../../../server/schemes/scheme-cache';
import type { ActionContext, Handler } from '../../../server/runtime/route';

type Approved = { reportId: string; entryId: string; awardedPoints: number | null; already: boolean };

const points = (centi: number | null | undefined) => (centi === null || centi === undefined ? null : fromCenti(centi));

/** "张三 3月12日的“为民办一件实事”": which report of the batch a refusal is about. */
const whose = (report: ReportDoc) =>
  `${report.memberName} ${Number(report.date.slice(5, 7))}月${Number(report.date.slice(8, 10))}日的“${report.itemName}”`;

/**
 * Runs one report's checks; a refusal that names no field is tied to the report (reportIds.<i>), and
 * every field message says whose report it is, so the page can point at it.
 */
async function aboutReport<T>(index: number, report: ReportDoc | null, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const who = report ? `${whose(report)}：` : '';
    const fields = error.fields?.length
      ? error.fields.map((f) => ({ path: f.path, message: `${who}${f.message}` }))
      : [{ path: `reportIds.${index}`, message: `${who}${error.message}` }];
    throw new DomainError(error.reason, error.message, fields);
  }
}

/** The batch in one transaction: every report read and checked first, then each marked approved and its entry added. */
async function approveAll(
  { openid, now, access, repos, transaction }: ActionContext,
  reportIds: readonly string[],
  note: string | undefined,
): Promise<Approved[]> {
  return transaction(
    async (tx) => {
      const results: Approved[] = [];
      const writes: { report: ReportDoc; entry: LedgerEntryDoc; approved: Partial<ReportDoc> }[] = [];
      for (const [i, reportId] of reportIds.entries()) {
        const report = await tx.reports.byId(reportId);
        await aboutReport(i, report, async () => {
          if (!report) throw fail('REPORT_NOT_FOUND');
          const role = await access.requireBranchRole(report.branchId, ['recorder', 'secretary']);
          refuseSelfReview(report, openid);
          if (report.status === 'approved' && report.ledgerEntryId) {
            results.push({ reportId, entryId: report.ledgerEntryId, awardedPoints: points(report.awardedCenti), already: true });
            return;
          }
          if (report.status !== 'pending')
            throw fail('REPORT_ALREADY_REVIEWED', { status: REVIEWED_STATUS_ZH[report.status], action: '审核通过' });
          const actor = await access.actor(report.branchId, role);
          const branchYear = await pinnedBranchYear(repos, report.branchId, report.year, report.scheme);
          const { entry, approved } = approvalOf(branchYear, report, { note }, { actor, openid, now }, `reportIds.${i}.`);
          writes.push({ report, entry, approved });
          results.push({ reportId, entryId: entry._id, awardedPoints: points(entry.baseCenti), already: false });
        });
      }
      // Each report before its entry: the report's write decides which concurrent approval wins.
      for (const { report, entry, approved } of writes) {
        await tx.reports.update(report._id, approved);
        await tx.ledger.append([entry]);
      }
      return results;
    },
    { contended: true },
  );
}

/**
 * Approves up to 20 pending reports as their members proposed them, all or none: one transaction reads
 * every report and checks it (role, own report, status, the pinned scheme's rules) before anything is
 * written, then marks each approved and adds its ledger entry (sourceKey "report:<id>", unique). A report
 * approved already answers its entry (`already`), so a retried batch answers the same entries. A ledger
 * line that exists for a still-pending report (the unique key's second guard) marks that report approved
 * by it, and the batch runs once more.
 *
 * Database requests on a warm instance: 3 + 3 per report — roles (alongside the transaction's start),
 * per report a read, an update and an insert, and the commit (20 reports: 63, where 20 single approvals
 * cost 120). A cold instance adds 1 read of the pinned scheme.
 */
export const approveReportsHandler: Handler<typeof approveReports> = async (request, ctx) => {
  ctx.access.roles().catch(() => undefined); // overlap the roles query with the transaction's start
  try {
    return { approved: await approveAll(ctx, request.reportIds, request.note) };
  } catch (error) {
    if (!(error instanceof DuplicateLineError)) throw error;
    const existing = await ctx.repos.ledger.bySourceKeys(request.reportIds.map(reportSourceKey));
    if (existing.length === 0) throw error;
    for (const entry of existing) if (entry.reportId) await ctx.repos.reports.changeIfPending(entry.reportId, approvedByExisting(entry));
    return { approved: await approveAll(ctx, request.reportIds, request.note) };
  }
};
