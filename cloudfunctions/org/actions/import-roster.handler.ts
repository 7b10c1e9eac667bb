import { z } from 'zod';
import { importRoster } from '../../../shared/contracts/org/import-roster.schema';
import { localDateOf } from '../../../shared/period';
import { COLLECTIONS } from '../../../server/db/collections';
import { OrgDoc } from '../../../server/orgs/org.doc';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { currentBranchScheme } from '../../../server/schemes/current-branch-scheme';
import { cellText } from '../../../server/roster/roster-cells';
import { downloadRoster } from '../../../server/adapters/excel/roster-download';
import { checkRosterRows, existingPersonProblems, rosterFieldErrors, RosterRow } from '../../../server/roster/roster-rows';
import { readRosterWorkbook } from '../../../server/adapters/excel/roster-workbook';
import { STATUS_WORDS } from '../../../server/roster/roster-columns';
import { AppError, invalid } from '../../../server/runtime/app-error';
import { newMemberDoc } from '../../../server/members/new-member';
import { Handler } from '../../../server/runtime/route';

const SamePersonKey = z.array(z.object({ name: z.string(), birthDate: z.string() }));

const filled = (rows: RosterRow[], field: 'tier' | 'group') => rows.some((r) => cellText(r.cells[field] ?? null) !== '');
/** Rows naming 入党积极分子: the scheme then says whether the branch may enter them. */
const hasActivists = (rows: RosterRow[]) =>
  rows.some((r) => STATUS_WORDS[cellText(r.cells.status ?? null).replace(/\s+/g, '')] === 'activist');

/**
 * Imports a branch's roster from an uploaded .xlsx. Every row is checked before anything is written;
 * any problem answers VALIDATION listing each one as `rows.<Excel row>.<column>` and imports nothing.
 * 入党积极分子 rows are accepted where the branch's scheme for the year scores activists (no 入党日期).

 * The members are then written in ONE batch insert (atomic), which is why a file holds at most 500.
 * Requests: roles 1 + branch org 0–1 + download 2 (temp URL + GET) + scheme 0–1 + groups 0–1 +
 * same-person query 1 + insert 1 ≤ 8, whatever the number of rows.
 */
export const importRosterHandler: Handler<typeof importRoster> = async (request, { now, services, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'committeeAdmin']);
  const branch = await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId');
  const rows = await readRosterWorkbook(await downloadRoster(services.app, request.fileId));
  if (rows.length === 0) throw invalid('fileId', '文件中没有党员数据：请在表头（姓名、性别……）下方逐行填写');

  const db = services.db;
  const [scheme, groups] = await Promise.all([
    filled(rows, 'tier') || hasActivists(rows) ? currentBranchScheme(repos, branch._id, now) : Promise.resolve(null),
    filled(rows, 'group')
      ? db
          .collection(COLLECTIONS.orgs)
          .where({ parentId: branch._id, kind: 'group' })
          .limit(1000)
          .get()
          .then((r) => r.data.map((d: unknown) => OrgDoc.parse(d)))
      : Promise.resolve([] as OrgDoc[]),
  ]);
  const { members, problems } = checkRosterRows(rows, {
    today: localDateOf(now),
    scheme,
    groups: new Map(groups.map((g) => [g.name, g._id])),
  });
  const names = [...new Set(members.map((m) => m.name))];
  if (names.length > 0) {
    const existing = await db
      .collection(COLLECTIONS.members)
      .where({ branchId: branch._id, active: true, name: db.command.in(names) })
      .field({ name: true, birthDate: true })
      .limit(1000)
      .get();
    problems.push(...existingPersonProblems(members, SamePersonKey.parse(existing.data)));
  }
  if (problems.length > 0) {
    const fields = rosterFieldErrors(problems);
    const shown = fields
      .slice(0, 10)
      .map((f) => `${f.path}: ${f.message}`)
      .join('；');
    throw new AppError(
      'VALIDATION',
      `名册有 ${fields.length} 处问题，未导入任何党员。${shown}${fields.length > 10 ? '……' : ''}`,
      'ROSTER_INVALID',
      fields,
    );
  }

  const docs = members.map((m) => newMemberDoc(branch._id, m, now));
  await db.collection(COLLECTIONS.members).add(docs);
  return { imported: docs.length };
};
