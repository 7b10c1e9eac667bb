import type { SheetGrades } from '../year/year-sheet-repository';

export interface GradeFigures {
  status: 'none' | 'open' | 'proposed' | 'decided';
  counts: { code: string; name: string; count: number }[];
  ungraded: number;
}

/**
 * Members per grade on a branch's year sheet, best first: the committee's decision where it changed a
 * grade, the branch's proposal otherwise; nothing before the branch proposes.
 */
export function gradeCounts(sheet: SheetGrades | undefined): GradeFigures {
  if (!sheet) return { status: 'none', counts: [], ungraded: 0 };
  if (!sheet.proposal || sheet.status === 'open') return { status: sheet.status, counts: [], ungraded: 0 };
  const changed = new Map((sheet.status === 'decided' ? (sheet.decision?.changes ?? []) : []).map((c) => [c.memberId, c.to]));
  const tally = new Map<string, number>();
  let ungraded = 0;
  for (const row of sheet.proposal.rows) {
    const grade = changed.get(row.memberId) ?? row.grade;
    if (grade === null) ungraded += 1;
    else tally.set(grade, (tally.get(grade) ?? 0) + 1);
  }
  const counts = sheet.proposal.bands.map((band) => ({ code: band.code, name: band.name, count: tally.get(band.code) ?? 0 }));
  return { status: sheet.status, counts, ungraded };
}
