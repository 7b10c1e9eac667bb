import { setBoardSettings } from '../../../shared/contracts/publications/set-board-settings.schema';
import { fail } from '../../../server/errors/domain-error';
import { Handler } from '../../../server/runtime/route';

/** Switches the branch's rankings on or off for the year's publications from now on. Database requests: 2–3. */
export const setBoardSettingsHandler: Handler<typeof setBoardSettings> = async (request, { access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'committeeAdmin']);
  if (!(await repos.branchYears.setShowRanking(request.branchId, request.year, request.showRanking)))
    throw fail('NO_SCHEME_FOR_YEAR', { year: request.year });
  return { branchId: request.branchId, year: request.year, showRanking: request.showRanking };
};
