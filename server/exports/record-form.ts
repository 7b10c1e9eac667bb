import { REVIEW_GRADE_NAMES } from '../../shared/contracts/year/year-fields.schema';
import { scoreBranch } from '../../shared/engine';
import { LocalDate, localDateOf } from '../../shared/period';
import { fromCenti, toCenti } from '../../shared/points';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import { entryInputOf } from '../ledger/scoring-entry';
import { memberInputOf } from '../members/member-input';
import type { MemberDoc } from '../members/member.doc';
import type { BranchYear } from '../schemes/branch-year';
import { scoringFromOf } from '../schemes/scheme.doc';
import { decidedGradeOf } from '../year/year-history';
import type { YearSheetDoc } from '../year/year-sheet.doc';
import type { RecordFormData } from './export-forms';
import { gradeNameIn } from './grade-names';
import { plusMinusBySlice } from './plus-minus';

const order = (a: LedgerEntryDoc, b: LedgerEntryDoc) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at.getTime() - b.at.getTime() || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** The lines in force: a reversed line and its reversal are left out (an adjustment's replacement stays). */
function linesInForce(lines: readonly LedgerEntryDoc[]): { kept: LedgerEntryDoc[]; corrected: number } {
  const reversed = new Set(lines.filter((l) => l.reverses !== null).map((l) => l.reverses));
  const kept = lines.filter((l) => l.reverses === null && !reversed.has(l._id)).sort(order);
  return { kept, corrected: lines.filter((l) => l.reverses === null && reversed.has(l._id)).length };
}

/** What the form says about a line: the item, its level or count, and why it was written. */
function itemText(line: LedgerEntryDoc, counted: number): string {
  const extra = [line.level, line.quantity !== null && line.quantity > 1 ? `${line.quantity} 次` : null].filter(Boolean).join('，');
  const reason = line.reason && line.reason !== line.itemName ? `：${line.reason}` : '';
  const base = fromCenti(line.baseCenti);
  const note = counted !== base && counted !== 0 ? `（登记 ${base} 分，按积分方案计 ${counted} 分）` : '';
  return `${line.itemName}${extra ? `（${extra}）` : ''}${reason}${note}`;
}

/**
 * 表A for one member: each ledger line in force with the points the scoring core counted for it (the
 * member scored line by line, in date order), then the year's base score and democratic review where
 * the scheme has them; 分数 is the year's total as of `asOf`, 类别 the decided (else proposed) grade.
 */
export function recordFormData(input: {
  member: MemberDoc;
  orgName: string;
  branchYear: BranchYear;
  lines: readonly LedgerEntryDoc[];
  sheet: YearSheetDoc | null;
  asOf: LocalDate;
  now: Date;
}): RecordFormData {
  const { member, branchYear, sheet, asOf } = input;
  const { scheme, doc } = branchYear;
  const { kept, corrected } = linesInForce(input.lines);
  const reviews = (sheet?.reviews ?? [])
    .filter((r) => r.memberId === member._id)
    .map((r) => ({ member: r.memberId, round: r.round, grade: r.grade, ...(r.points !== null ? { points: r.points } : {}) }));
  const base = { year: doc.year, asOf, from: scoringFromOf(doc), members: [memberInputOf(member)], reviews, history: [] };
  const entries = kept.map(entryInputOf);
  const byLine = plusMinusBySlice(scheme, base, entries, (_, i) => i, entries.length).get(member._id) ?? [];
  const score = scoreBranch(scheme, { ...base, entries }).members[0];

  const rows: RecordFormData['rows'] = [];
  if (score && score.base !== 0)
    rows.push({ date: base.from, item: '基础分', plus: Math.max(score.base, 0), minus: Math.min(score.base, 0) });
  kept.forEach((line, i) => {
    const { plus, minus } = byLine[i] ?? { plus: 0, minus: 0 };
    rows.push({ date: line.date, item: itemText(line, fromCenti(toCenti(plus) + toCenti(minus))), plus, minus });
  });
  const reviewedOn = sheet?.reviewsAt ? localDateOf(sheet.reviewsAt) : `${doc.year}-12-31`;
  for (const category of score?.yearCategories ?? []) {
    for (const review of category.reviews) {
      const round = category.reviews.length > 1 ? `第 ${review.round} 次` : '';
      rows.push({
        date: reviewedOn,
        item: `${category.name}${round}：${REVIEW_GRADE_NAMES[review.grade]}`,
        plus: Math.max(review.points, 0),
        minus: Math.min(review.points, 0),
      });
    }
  }
  const totals = {
    plus: fromCenti(rows.reduce((sum, r) => sum + toCenti(r.plus), 0)),
    minus: fromCenti(rows.reduce((sum, r) => sum + toCenti(r.minus), 0)),
  };
  const total = score?.total ?? 0;
  const proposed = sheet?.proposal?.rows.find((r) => r.memberId === member._id);
  const grade = proposed && sheet ? decidedGradeOf(sheet, member._id, proposed.grade) : null;

  const notes = [`积分按本支部 ${doc.year} 年积分方案《${scheme.name}》计算，截至 ${asOf}。`];
  if (corrected > 0) notes.push(`另有 ${corrected} 条登记已更正撤销，未列入本表（详见积分台账）。`);
  if (score?.veto) notes.push(`${score.veto.date} 一票否决（${score.veto.name}）：年度积分计为 0。`);
  else if (fromCenti(toCenti(totals.plus) + toCenti(totals.minus)) !== total)
    notes.push('分数按积分方案的年度计算方法得出（如封顶、保底、按月平均），与各行加分、扣分的合计不同。');
  if (member.exempt) notes.push('该党员经批准不纳入积分管理。');
  return {
    form: 'A',
    orgName: input.orgName,
    year: doc.year,
    madeOn: localDateOf(input.now),
    notes,
    memberId: member._id,
    name: member.name,
    category: grade ? gradeNameIn(scheme, grade) : '',
    score: total,
    asOf,
    rows,
    totals,
  };
}
