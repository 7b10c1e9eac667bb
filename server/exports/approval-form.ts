import { localDateOf } from '../../shared/period';
import { fail } from '../errors/domain-error';
import { pinyinSortKey } from '../publications/board';
import { committeeFormView } from '../year/year-views';
import type { YearSheetDoc } from '../year/year-sheet.doc';
import type { ApprovalFormData } from './export-forms';
import { noGradeText } from './grade-names';

const byPinyin = <T extends { name: string }>(people: readonly T[]): T[] =>
  people
    .map((p) => ({ p, key: pinyinSortKey(p.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ p }) => p);

/**
 * 表C for a branch's year, from its sheet: the proposal by grade (names in pinyin order with their year
 * scores), the members without a grade, the committee's opinion with its decided counts, and every
 * change with its note (备注). CONFLICT YEAR_NOT_PROPOSED before the branch proposes.
 */
export function approvalFormData(
  branch: { _id: string; name: string },
  year: number,
  sheet: YearSheetDoc | null,
  now: Date,
): ApprovalFormData {
  const view = committeeFormView(branch, year, sheet);
  if (!sheet?.proposal || view.proposal === null) throw fail('YEAR_NOT_PROPOSED', { year });
  const status = new Map(sheet.proposal.rows.map((r) => [r.memberId, r.status]));
  const person = (p: { name: string; total: number }) => ({ name: p.name, total: p.total });
  return {
    form: 'C',
    orgName: branch.name,
    year,
    madeOn: localDateOf(now),
    filledOn: localDateOf(sheet.proposal.at),
    notes: ['1. 此表一式三份，党委留存一份，支部留档两份。', '2. 如与支部申报意见不一致，应注明改评人员和结果。'],
    proposed: view.grades.map((g) => ({ grade: g.name, members: byPinyin(g.proposed).map(person) })),
    ungraded: byPinyin(view.ungraded).map((p) => ({ ...person(p), why: noGradeText(status.get(p.memberId) ?? 'full', p.why ?? null) })),
    decision: view.decision
      ? {
          opinion: view.decision.opinion,
          counts: view.grades.map((g) => ({ grade: g.name, count: g.decided.length })),
          on: localDateOf(new Date(view.decision.at)),
        }
      : null,
    changes: view.changes.map((c) => ({ name: c.name, from: c.from?.name ?? '未评定', to: c.to.name, note: c.note })),
  };
}
