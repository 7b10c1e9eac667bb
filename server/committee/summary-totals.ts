import type { BranchFigures } from './branch-figures';

type Counts = Record<string, number>;

function sumInto<T extends Counts>(into: T, add: T): T {
  for (const key of Object.keys(add) as (keyof T)[]) into[key] = (into[key] + add[key]) as T[keyof T];
  return into;
}

/**
 * Every branch's figures summed for the committee: seed 003's "802 members in 32 branches, 424 reported,
 * 390 confirmed", with grades merged by code over the branches whose year is proposed or decided.
 */
export function summaryTotals(branches: readonly (BranchFigures & { attention: string[] })[]) {
  const members = { members: 0, activists: 0, exempt: 0, bound: 0 };
  const byCategory = { selfManaged: 0, inService: 0, mobile: 0 };
  const reports = { reported: 0, confirmed: 0, rejected: 0, pending: 0, waitingLong: 0 };
  const appeals = { open: 0, overdue: 0, filed: 0, accepted: 0, rejected: 0 };
  const publications = { ended: 0, onTime: 0, late: 0, missing: 0, due: 0, open: 0, closed: 0 };
  const grades = new Map<string, { code: string; name: string; count: number }>();
  for (const branch of branches) {
    const { byCategory: categories, ...heads } = branch.members;
    sumInto(members, heads);
    sumInto(byCategory, categories);
    sumInto(reports, branch.reports);
    sumInto(appeals, branch.appeals);
    const { problems: _problems, ...states } = branch.publications;
    sumInto(publications, states);
    for (const grade of branch.grades.counts) {
      const total = grades.get(grade.code) ?? { code: grade.code, name: grade.name, count: 0 };
      total.count += grade.count;
      grades.set(grade.code, total);
    }
  }
  return {
    branches: branches.length,
    needingAttention: branches.filter((b) => b.attention.length > 0).length,
    members: { ...members, byCategory },
    reports,
    appeals,
    publications,
    grades: [...grades.values()],
  };
}
