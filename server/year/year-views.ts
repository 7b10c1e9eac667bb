import type { z } from 'zod';
import type { committeeForm } from '../../shared/contracts/year/committee-form.schema';
import type { myYear } from '../../shared/contracts/year/my-year.schema';
import { REVIEW_GRADE_NAMES } from '../../shared/contracts/year/year-fields.schema';
import type { YearTableData } from '../../shared/contracts/year/year-table.schema';
import type { Actor } from '../stored';
import { reviewsMissingOf } from './year-computation';
import { decidedGradeOf } from './year-history';
import type { GradeChangeDoc, YearComputationDoc, YearRowDoc, YearSheetDoc } from './year-sheet.doc';

type TableView = z.input<typeof YearTableData>;
type FormView = z.input<(typeof committeeForm)['response']>;
type MyYearView = z.input<(typeof myYear)['response']>;
type GradeRef = { code: string; name: string };

const actorView = (actor: Actor) => ({ role: actor.role, name: actor.name ?? null });

function gradeRef(computation: YearComputationDoc, code: string | null): GradeRef | null {
  if (code === null) return null;
  return { code, name: computation.bands.find((b) => b.code === code)?.name ?? code };
}

function countsOf(computation: YearComputationDoc, gradeOf: (row: YearRowDoc) => string | null) {
  const grades = computation.rows.map(gradeOf);
  return {
    byGrade: computation.bands.map((b) => ({ ...b, count: grades.filter((g) => g === b.code).length })),
    ungraded: grades.filter((g) => g === null).length,
  };
}

/** A row as the table shows it: once decided, the decided grade beside the proposal, and what follows from it. */
function rowView(computation: YearComputationDoc, row: YearRowDoc, sheet: YearSheetDoc | null) {
  const change: GradeChangeDoc | undefined = sheet?.decision?.changes.find((c) => c.memberId === row.memberId);
  const { reviews, movedFrom: _movedFrom, grade, warnings, flags, escalation, ...rest } = row;
  return {
    ...rest,
    grade: gradeRef(computation, grade),
    reviews: reviews.map((r) => ({ ...r, gradeName: REVIEW_GRADE_NAMES[r.grade] })),
    warnings: change?.warnings ?? warnings,
    flags: change?.flags ?? flags,
    escalation: change ? change.escalation : escalation,
    decision: sheet?.decision
      ? { grade: gradeRef(computation, change?.to ?? grade), changed: change !== undefined, note: change?.note ?? null }
      : null,
  };
}

/**
 * The branch's year table: the computation (live while open, the frozen proposal after), with the
 * committee's decision once there is one. `sheet` null: nothing entered yet.
 */
export function yearTableView(branchId: string, year: number, sheet: YearSheetDoc | null, computation: YearComputationDoc): TableView {
  const decision = sheet?.decision ?? null;
  return {
    branchId,
    year,
    status: sheet?.status ?? 'open',
    revision: sheet?.revision ?? 0,
    scheme: {
      id: computation.scheme.id,
      version: computation.scheme.version,
      name: computation.scheme.name,
      periodUnit: computation.scheme.periodUnit,
    },
    asOf: computation.asOf,
    from: computation.from,
    countedPeriods: computation.countedPeriods,
    grades: computation.bands,
    reviewRules: computation.reviewRules,
    reviewsMissing: reviewsMissingOf(computation).length,
    quotas: computation.quotas,
    rankingEnabled: computation.rankingEnabled,
    rows: computation.rows.map((row) => rowView(computation, row, sheet)),
    exempt: computation.exempt,
    counts: countsOf(computation, (row) => row.grade),
    proposal: sheet?.proposal ? { at: sheet.proposal.at.toISOString(), by: actorView(sheet.proposal.by) } : null,
    decision:
      decision && sheet
        ? {
            at: decision.at.toISOString(),
            by: actorView(decision.by),
            opinion: decision.opinion,
            changes: decision.changes.length,
            counts: countsOf(computation, (row) => decidedGradeOf(sheet, row.memberId, row.grade)),
          }
        : null,
  };
}

/** 党员年终等次评定审批表 (000 Annex C) of a branch: proposed and decided grades by grade, the ungraded, the changes with notes. */
export function committeeFormView(branch: { _id: string; name: string }, year: number, sheet: YearSheetDoc | null): FormView {
  const proposal = sheet?.proposal ?? null;
  const decision = sheet?.decision ?? null;
  const base = { branchId: branch._id, branchName: branch.name, year, status: sheet?.status ?? ('open' as const) };
  if (!sheet || !proposal)
    return { ...base, scheme: null, members: 0, proposal: null, grades: [], ungraded: [], changes: [], decision: null };
  const person = (row: YearRowDoc) => ({ memberId: row.memberId, name: row.name, total: row.total });
  const decided = (row: YearRowDoc) => decidedGradeOf(sheet, row.memberId, row.grade);
  const rows = new Map(proposal.rows.map((r) => [r.memberId, r]));
  return {
    ...base,
    scheme: {
      id: proposal.scheme.id,
      version: proposal.scheme.version,
      name: proposal.scheme.name,
      periodUnit: proposal.scheme.periodUnit,
    },
    members: proposal.rows.length,
    proposal: { at: proposal.at.toISOString(), by: actorView(proposal.by) },
    grades: proposal.bands.map((band) => ({
      ...band,
      proposed: proposal.rows.filter((r) => r.grade === band.code).map(person),
      decided: decision ? proposal.rows.filter((r) => decided(r) === band.code).map(person) : [],
    })),
    ungraded: proposal.rows.filter((r) => r.grade === null).map((r) => ({ ...person(r), why: r.gradeNote })),
    changes: (decision?.changes ?? []).map((c) => {
      const row = rows.get(c.memberId)!;
      return { ...person(row), from: gradeRef(proposal, c.from), to: gradeRef(proposal, c.to)!, note: c.note };
    }),
    decision: decision ? { at: decision.at.toISOString(), by: actorView(decision.by), opinion: decision.opinion } : null,
  };
}

/** A member's final result in a decided sheet (null when the member is not on it). */
function decidedResult(sheet: YearSheetDoc, memberId: string): MyYearView['result'] {
  const { proposal, decision } = sheet;
  const row = proposal?.rows.find((r) => r.memberId === memberId);
  if (!proposal || !decision || !row) return null;
  const view = rowView(proposal, row, sheet);
  return {
    total: row.total,
    stars: row.stars,
    maxStars: proposal.maxStars,
    grade: view.decision?.grade ?? null,
    gradeNote: row.gradeNote,
    changedByCommittee: view.decision?.changed ?? false,
    reviews: view.reviews,
    warnings: view.warnings,
    flags: view.flags,
    escalation: view.escalation,
    veto: row.veto,
    decidedAt: decision.at.toISOString(),
  };
}

/**
 * The member's own year from the sheets that may hold it — their branch's first (null: none yet), then
 * decided sheets of the branch they moved from — under any of their record ids: the stage of their
 * branch's year, and the final result once decided.
 */
export function myYearOf(
  sheets: readonly (YearSheetDoc | null)[],
  memberIds: readonly (string | null)[],
): Pick<MyYearView, 'status' | 'result'> {
  for (const sheet of sheets) {
    for (const id of memberIds) {
      const result = sheet && id ? decidedResult(sheet, id) : null;
      if (result) return { status: 'decided', result };
    }
  }
  return { status: sheets[0]?.status ?? 'open', result: null };
}

/**
 * The member's earlier decided years, newest first, one per year: the year's total, stars and decided
 * grade, from decided sheets holding any of their record ids.
 */
export function myHistoryOf(sheets: readonly YearSheetDoc[], memberIds: readonly (string | null)[]): MyYearView['history'] {
  const seen = new Set<number>();
  const history: MyYearView['history'] = [];
  for (const sheet of [...sheets].sort((a, b) => b.year - a.year)) {
    if (seen.has(sheet.year)) continue;
    const result = memberIds.map((id) => (id ? decidedResult(sheet, id) : null)).find((r) => r !== null);
    if (!result) continue;
    seen.add(sheet.year);
    history.push({ year: sheet.year, total: result.total, stars: result.stars, grade: result.grade });
  }
  return history;
}
