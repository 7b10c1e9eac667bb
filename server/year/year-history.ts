import type { HistoryInput } from '../../shared/engine';
import type { Scheme } from '../../shared/scheme';
import type { MemberDoc } from '../members/member.doc';
import type { Repositories } from '../repositories';
import type { YearSheetDoc } from './year-sheet.doc';

/** How many earlier years the history reaches back: escalation steps count at most 10 years (the scheme format's bound). */
export const HISTORY_YEARS = 10;

/** A member's decided grade in a decided sheet: the committee's change, else the branch's proposal (null: none). */
export function decidedGradeOf(sheet: YearSheetDoc, memberId: string, proposed: string | null): string | null {
  return sheet.decision?.changes.find((c) => c.memberId === memberId)?.to ?? proposed;
}

/**
 * Earlier years' decided results of these members, as the core's history: the year's total and the
 * decided grade. A member's record moved from another branch (moveMember) brings the years decided
 * there (`movedFrom`, one move back). One request (per 1000 sheets), nothing per member.
 */
export async function decidedHistory(
  repos: Pick<Repositories, 'yearSheets'>,
  members: readonly Pick<MemberDoc, '_id' | 'movedFrom'>[],
  year: number,
): Promise<HistoryInput[]> {
  const current = new Map<string, string>();
  for (const member of members) {
    current.set(member._id, member._id);
    if (member.movedFrom) current.set(member.movedFrom, member._id);
  }
  const sheets = await repos.yearSheets.decidedOfMembers([...current.keys()], year - HISTORY_YEARS, year - 1);
  return historyOf(sheets, current);
}

/** The history the sheets hold for the members (`current`: a stored member id → the member's id now); one result a year. */
export function historyOf(sheets: readonly YearSheetDoc[], current: ReadonlyMap<string, string>): HistoryInput[] {
  const found = new Map<string, HistoryInput>();
  const ordered = [...sheets].sort((a, b) => a.year - b.year || (a._id < b._id ? -1 : 1));
  for (const sheet of ordered) {
    for (const row of sheet.proposal?.rows ?? []) {
      const member = current.get(row.memberId);
      const key = `${member}:${sheet.year}`;
      if (member === undefined || found.has(key)) continue;
      const grade = decidedGradeOf(sheet, row.memberId, row.grade);
      found.set(key, { member, year: sheet.year, total: row.total, ...(grade !== null ? { grade } : {}) });
    }
  }
  return [...found.values()];
}

/** The history as a scheme reads it: a grade the scheme does not know (another scheme's year) is left out, the total stays. */
export function historyForScheme(history: readonly HistoryInput[], scheme: Scheme): HistoryInput[] {
  const bands = new Set(scheme.grading?.bands.map((b) => b.code) ?? []);
  return history.map((h) => (h.grade === undefined || bands.has(h.grade) ? h : { member: h.member, year: h.year, total: h.total }));
}
