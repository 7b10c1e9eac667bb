import { pinyin } from 'pinyin-pro';
import type { BranchAppealFigures } from '../publications/publication-repository';
import type { BranchMemberCounts } from '../members/member-repository';
import type { BranchReportFigures } from '../reports/report-repository';
import type { GradeFigures } from './grade-counts';
import type { PublicationFigures } from './publication-timeliness';

/** One branch in the committee's view: its figures from every collection, and its place in name order. */
export interface BranchFigures {
  branchId: string;
  name: string;
  sortKey: string;
  scheme: { id: string; version: number; name: string } | null;
  members: Omit<BranchMemberCounts, 'branchId'>;
  reports: Omit<BranchReportFigures, 'branchId'>;
  appeals: Omit<BranchAppealFigures, 'branchId'>;
  publications: PublicationFigures;
  grades: GradeFigures;
}

/** An org's name in pinyin (村、社区 names read as words, not surnames), for name order. */
export const nameSortKey = (name: string) =>
  `${pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')}\u0000${name}`;

export const NO_MEMBERS: BranchFigures['members'] = {
  members: 0,
  activists: 0,
  exempt: 0,
  bound: 0,
  byCategory: { selfManaged: 0, inService: 0, mobile: 0 },
};
export const NO_REPORTS: BranchFigures['reports'] = { reported: 0, confirmed: 0, rejected: 0, pending: 0, waitingLong: 0 };
export const NO_APPEALS: BranchFigures['appeals'] = { open: 0, overdue: 0, filed: 0, accepted: 0, rejected: 0 };
export const NO_PUBLICATIONS: PublicationFigures = { ended: 0, onTime: 0, late: 0, missing: 0, due: 0, open: 0, closed: 0, problems: [] };
