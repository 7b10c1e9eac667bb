import { approvalForm } from '../../../shared/contracts/exports/approval-form.schema';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { approvalFormData } from '../../../server/exports/approval-form';
import { deliver } from '../../../server/exports/delivery';
import { Handler } from '../../../server/runtime/route';

/**
 * 表C of a branch's year as an .xlsx in storage, with a temporary link: the proposal by grade, the
 * committee's opinion and decision, the changes (server/exports/approval-form.ts). Who may: as
 * year.committeeForm — the branch's secretary (the branch keeps two copies) and committee admins above it.
 *
 * Database requests: 3 — roles (access), then the branch ∥ the sheet (a committee admin's check reads
 * the branch once for both); storage 3.
 */
export const approvalFormHandler: Handler<typeof approvalForm> = async (request, { now, access, repos, services }) => {
  const { branchId, year } = request;
  await access.requireBranchRole(branchId, ['secretary', 'committeeAdmin']);
  const [branch, sheet] = await Promise.all([
    requireOrgOfKind(access, branchId, ['branch'], 'branchId'),
    repos.yearSheets.of(branchId, year),
  ]);
  return deliver(services.exports, branchId, approvalFormData(branch, year, sheet, now), now);
};
