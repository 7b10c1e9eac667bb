import type { HistoryInput } from '../../shared/engine';
import type { Scheme, Warning } from '../../shared/scheme';
import type { FieldProblem } from '../../shared/validation';
import { failOnFields } from '../errors/domain-error';
import type { GradeChangeDoc, YearComputationDoc, YearRowDoc } from './year-sheet.doc';

export interface ChangeInput {
  memberId: string;
  grade: string;
  note: string;
}

const UNGRADED: Record<NonNullable<YearRowDoc['gradeNote']>, string> = {
  notGraded: '预备党员等不确定等次',
  noGrading: '本方案不评定等次',
  awaitingReview: '尚无民主评议结果，未评定等次',
};

/**
 * The committee's changes checked against the proposal: each names a member of it who holds a grade,
 * once, and a grade of the scheme other than the proposed one (a change needs a note: the contract).
 * All problems at once: VALIDATION FIELD_INVALID naming each field.
 */
export function checkChanges(proposal: YearComputationDoc, changes: readonly ChangeInput[]): { row: YearRowDoc; change: ChangeInput }[] {
  const rows = new Map(proposal.rows.map((r) => [r.memberId, r]));
  const bands = new Map(proposal.bands.map((b) => [b.code, b.name]));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const checked: { row: YearRowDoc; change: ChangeInput }[] = [];
  changes.forEach((change, i) => {
    const at = (field: string) => `changes.${i}.${field}`;
    const row = rows.get(change.memberId);
    if (!row) return problems.push({ path: at('memberId'), message: '不在本支部的年度申报名单中' });
    if (seen.has(change.memberId)) return problems.push({ path: at('memberId'), message: `${row.name}改评了两次` });
    seen.add(change.memberId);
    if (row.grade === null)
      return problems.push({ path: at('memberId'), message: `${row.name}：${UNGRADED[row.gradeNote ?? 'noGrading']}` });
    const name = bands.get(change.grade);
    if (name === undefined) return problems.push({ path: at('grade'), message: `“${change.grade}”不是本方案的等次` });
    if (change.grade === row.grade) return problems.push({ path: at('grade'), message: `${row.name}的申报等次已是“${name}”，无需改评` });
    checked.push({ row, change });
  });
  if (problems.length > 0) throw failOnFields('FIELD_INVALID', problems);
  return checked;
}

/** A year warning's condition, for a total, stars and grade (all it names must hold) — as the core checks it. */
function meets(when: Warning['when'], total: number, stars: number | null, grade: string): boolean {
  if (when.below !== undefined && !(total < when.below)) return false;
  if (when.atLeast !== undefined && !(total >= when.atLeast)) return false;
  if (when.starsAtMost !== undefined && !(stars !== null && stars <= when.starsAtMost)) return false;
  return !when.grades || when.grades.includes(grade);
}

/**
 * What follows from a grade the committee decided instead of the proposed one. The scheme's rules that
 * name grades — year warnings (001 诫勉谈话 for 不合格), probation flags by grade, escalation by grade
 * (一对一帮扶 → 学习班 → 组织处理, counted over the decided history) — are applied to the decided
 * grade as the core applies them (shared/engine/finalize); those by points stay as computed.
 */
export function consequencesOfDecidedGrade(
  scheme: Scheme,
  row: YearRowDoc,
  grade: string,
  history: readonly HistoryInput[],
  year: number,
): Pick<GradeChangeDoc, 'warnings' | 'flags' | 'escalation'> {
  const warnings = scheme.warnings.flatMap((w) => {
    if (w.scope !== 'year' || !w.when.grades) return row.warnings.filter((hit) => hit.code === w.code);
    if (!w.statuses.includes(row.status) || !meets(w.when, row.total, row.stars, grade)) return [];
    return [{ code: w.code, name: w.name, action: w.action, period: null }];
  });
  const flags = scheme.probation.flags.flatMap((flag) => {
    if (!flag.grades) return row.flags.filter((f) => f.code === flag.code);
    return row.status === 'probationary' && flag.grades.includes(grade) ? [{ code: flag.code, name: flag.name }] : [];
  });
  return { warnings, flags, escalation: escalationFor(scheme, row, grade, history, year) };
}

function escalationFor(scheme: Scheme, row: YearRowDoc, grade: string, history: readonly HistoryInput[], year: number) {
  const esc = scheme.escalation;
  if (!esc || !('grades' in esc.when)) return row.escalation;
  const grades = esc.when.grades;
  if (!grades.includes(grade)) return null;
  const met = (h: HistoryInput | undefined) => h?.grade !== undefined && grades.includes(h.grade);
  let count = 1;
  if (esc.counting === 'total') count += history.filter((h) => h.year < year && met(h)).length;
  else for (let y = year - 1; met(history.find((h) => h.year === y)); y--) count++;
  count = Math.min(count, 100);
  const step = [...esc.steps].filter((s) => s.count <= count).sort((a, b) => b.count - a.count)[0];
  return step ? { count, action: step.action } : null;
}
