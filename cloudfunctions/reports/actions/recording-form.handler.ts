import { recordingForm } from '../../../shared/contracts/reports/recording-form.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { openDateRanges } from '../../../server/ledger/open-periods';
import { enterableItems, meetingTypes, recordingMembers } from '../../../server/meetings/recording-form';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { startRead } from '../../../server/runtime/start-read';
import { Handler } from '../../../server/runtime/route';

/**
 * The attendance and entry pages' first screen in one call: the branch's active members (pinyin order,
 * the caller's own record marked), this year's meeting types and what each outcome is worth, the items
 * the caller may enter, and the dates open today.
 *
 * Database requests: 3 — roles (access) ∥ the branch-year ∥ the branch's members (one request per 1000),
 * all at once; nothing is shown before the role is checked.
 */
export const recordingFormHandler: Handler<typeof recordingForm> = async (request, { openid, now, access, repos }) => {
  const today = localDateOf(now);
  const branchYearRead = startRead(loadBranchYear(repos, request.branchId, yearOf(today)));
  const membersRead = startRead(repos.members.activeOfBranch(request.branchId));
  const role = await access.requireBranchRole(request.branchId, ['recorder', 'secretary']);
  const branchYear = await branchYearRead;
  return {
    branchId: request.branchId,
    year: branchYear.doc.year,
    today,
    scheme: { name: branchYear.scheme.name, periodUnit: branchYear.scheme.period },
    openDates: openDateRanges(branchYear, today),
    members: recordingMembers(await membersRead, openid),
    meetings: meetingTypes(branchYear),
    items: enterableItems(branchYear, role),
  };
};
