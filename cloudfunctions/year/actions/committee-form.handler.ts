import { committeeForm } from '../../../shared/contracts/year/committee-form.schema';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { Handler } from '../../../server/runtime/route';
import { committeeFormView } from '../../../server/year/year-views';

/**
 * 党员年终等次评定审批表 (000 Annex C) of one branch, for the committee admins over it and the branch's
 * secretary (the branch keeps two copies): the proposal by grade with year scores, the decision beside
 * it, and a note for every change.
 *
 * Database requests: 3 — roles (access), the branch (its name; the same read serves a committee admin's
 * check), then the sheet.
 */
export const committeeFormHandler: Handler<typeof committeeForm> = async (request, { access, repos }) => {
  const { branchId, year } = request;
  await access.requireBranchRole(branchId, ['secretary', 'committeeAdmin']);
  const [branch, sheet] = await Promise.all([
    requireOrgOfKind(access, branchId, ['branch'], 'branchId'),
    repos.yearSheets.of(branchId, year),
  ]);
  return committeeFormView(branch, year, sheet);
};
