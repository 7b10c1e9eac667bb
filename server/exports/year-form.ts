import { EntryInput } from '../../shared/engine';
import { LocalDate, localDateOf, monthOf } from '../../shared/period';
import type { MemberDoc } from '../members/member.doc';
import { pinyinSortKey } from '../publications/board';
import type { BranchYear } from '../schemes/branch-year';
import { scoringFromOf } from '../schemes/scheme.doc';
import { memberInputOf } from '../members/member-input';
import { computeYear } from '../year/year-computation';
import { decidedGradeOf } from '../year/year-history';
import type { YearSheetDoc } from '../year/year-sheet.doc';
import type { YearFormData } from './export-forms';
import { gradeNameIn, noGradeText } from './grade-names';
import { plusMinusBySlice } from './plus-minus';

/** Last year's totals by member id now: the branch's sheet of last year, and the sheets the moved members came from. */
function lastYearTotals(members: readonly MemberDoc[], lastYearSheets: readonly YearSheetDoc[]): Map<string, number> {
  const totals = new Map<string, number>();
  const byStoredId = new Map<string, string>();
  for (const m of members) {
    byStoredId.set(m._id, m._id);
    if (m.movedFrom) byStoredId.set(m.movedFrom, m._id);
  }
  for (const sheet of lastYearSheets) {
    for (const row of sheet.proposal?.rows ?? []) {
      const id = byStoredId.get(row.memberId);
      if (id !== undefined && !totals.has(id)) totals.set(id, row.total);
    }
  }
  return totals;
}

/**
 * 表B for a branch's year: every active member in pinyin order (surnames read as surnames), the grade
 * (the committee's decision, else the branch's proposal, else what the year gives so far), last year's
 * total, the points added and taken away in each month as the scoring core counts them (the branch
 * scored month by month), and the year's total as of `asOf`. Pure.
 */
export function yearFormData(input: {
  orgName: string;
  branchYear: BranchYear;
  members: MemberDoc[];
  entries: EntryInput[];
  sheet: YearSheetDoc | null;
  lastYearSheets: readonly YearSheetDoc[];
  asOf: LocalDate;
  now: Date;
}): YearFormData {
  const { branchYear, members, sheet, asOf } = input;
  const { scheme, doc } = branchYear;
  const reviews = sheet?.reviews ?? [];
  const computation = computeYear(branchYear, { members, entries: input.entries, history: [] }, reviews, asOf);
  const byId = new Map(members.map((m) => [m._id, m]));
  const scoringInput = {
    year: doc.year,
    asOf,
    from: scoringFromOf(doc),
    members: members.map(memberInputOf),
    reviews: reviews
      .filter((r) => byId.has(r.memberId))
      .map((r) => ({ member: r.memberId, round: r.round, grade: r.grade, ...(r.points !== null ? { points: r.points } : {}) })),
    history: [],
  };
  const entries = input.entries.filter((e) => byId.has(e.member));
  const months = plusMinusBySlice(scheme, scoringInput, entries, (e) => monthOf(e.date) - 1, 12);
  const last = lastYearTotals(members, input.lastYearSheets);
  const frozen = new Map((sheet?.proposal?.rows ?? []).map((r) => [r.memberId, r]));

  const rows: (YearFormData['rows'][number] & { key: string })[] = computation.rows.map((row) => {
    const proposed = frozen.get(row.memberId);
    const code = proposed && sheet ? decidedGradeOf(sheet, row.memberId, proposed.grade) : row.grade;
    return {
      key: pinyinSortKey(row.name),
      name: row.name,
      grade: code ? gradeNameIn(scheme, code) : noGradeText(row.status, proposed?.gradeNote ?? row.gradeNote),
      lastYear: last.get(row.memberId) ?? null,
      months: months.get(row.memberId) ?? [],
      total: row.total,
    };
  });
  for (const exempt of computation.exempt)
    rows.push({
      key: pinyinSortKey(exempt.name),
      name: exempt.name,
      grade: '不纳入积分管理',
      lastYear: last.get(exempt.memberId) ?? null,
      months: Array.from({ length: 12 }, () => ({ plus: 0, minus: 0 })),
      total: null,
    });
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const notes = ['1. 姓名依次按照字母表的顺序排列。', '2. 类别主要分为优秀、合格、基本合格、不合格四类。'];
  notes.push(`3. 积分按本支部 ${doc.year} 年积分方案《${scheme.name}》计算，截至 ${asOf}；总积分含年度民主评议等不按月登记的积分。`);
  const changed = computation.rows.filter((r) => frozen.has(r.memberId) && frozen.get(r.memberId)!.total !== r.total);
  if (changed.length > 0)
    notes.push(
      `4. 申报等次后台账有更正：${changed.map((r) => `${r.name}（申报时 ${frozen.get(r.memberId)!.total} 分，现 ${r.total} 分）`).join('、')}。`,
    );
  return {
    form: 'B',
    orgName: input.orgName,
    year: doc.year,
    madeOn: localDateOf(input.now),
    notes,
    asOf,
    rows: rows.map(({ key: _key, ...row }) => row),
  };
}
