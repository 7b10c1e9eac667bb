import { importRoster } from '../../../shared/contracts/org/import-roster.schema';
import { localDateOf } from '../../../shared/period';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { failOnFields, invalidField } from '../../../server/errors/domain-error';
import { newMemberRecord } from '../../../server/members/new-member';
import { cellText } from '../../../server/roster/roster-cells';
import { STATUS_WORDS } from '../../../server/roster/roster-columns';
import { checkRosterRows, existingPersonProblems, inSheetOrder, RosterRow } from '../../../server/roster/roster-rows';
import { currentBranchScheme } from '../../../server/schemes/current-branch-scheme';
import { Handler } from '../../../server/runtime/route';

const filled = (rows: RosterRow[], field: 'tier' | 'group') => rows.some((r) => cellText(r.cells[field] ?? null) !== '');
/** Rows naming 入党积极分子: the scheme then says whether the branch may enter them. */
const hasActivists = (rows: RosterRow[]) =>
  rows.some((r) => STATUS_WORDS[cellText(r.cells.status ?? null).replace(/\s+/g, '')] === 'activist');

/**
 * Imports a branch's roster from an uploaded .xlsx. Every row is checked before anything is written;
 * any problem answers VALIDATION ROSTER_INVALID listing each one as `rows.<Excel row>.<column>` and
 * imports nothing (a file that cannot be read as a roster: ROSTER_FILE_INVALID; a wrong header: ROSTER_HEADER).
 * 入党积极分子 rows are accepted where the branch's scheme for the year scores activists (no 入党日期).
 *
 * The members are then written in ONE batch insert (atomic), which is why a file holds at most 500.
 * The file is read through services.rosters (the roster room's port; server/adapters/excel reads it).
 * Requests: roles 1 + branch org 0–1 + download 2 (storage: temp URL + GET) + scheme 0–1 + groups 0–1 +
 * same-person query 1 + insert 1 ≤ 8, whatever the number of rows.
 */
export const importRosterHandler: Handler<typeof importRoster> = async (request, { now, services, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'committeeAdmin']);
  const branch = await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId');
  const rows = await services.rosters.rowsOf(request.fileId);
  if (rows.length === 0) throw invalidField('fileId', '文件中没有党员数据：请在表头（姓名、性别……）下方逐行填写', 'ROSTER_FILE_INVALID');

  const [scheme, groups] = await Promise.all([
    filled(rows, 'tier') || hasActivists(rows) ? currentBranchScheme(repos, branch._id, now) : Promise.resolve(null),
    filled(rows, 'group') ? repos.orgs.childrenOf(branch._id, 'group') : Promise.resolve([]),
  ]);
  const { members, problems } = checkRosterRows(rows, {
    today: localDateOf(now),
    scheme,
    groups: new Map(groups.map((g) => [g.name, g._id])),
  });
  const existing = await repos.members.activeByNames(
    branch._id,
    members.map((m) => m.name),
  );
  problems.push(...existingPersonProblems(members, existing));
  if (problems.length > 0) {
    const fields = inSheetOrder(problems);
    throw failOnFields('ROSTER_INVALID', fields, { count: fields.length });
  }

  const docs = members.map((m) => newMemberRecord(branch._id, m, now));
  await repos.members.insertMany(docs);
  return { imported: docs.length };
};
