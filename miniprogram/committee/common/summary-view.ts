import type { CONTRACTS, ResponseOf } from '../../shared/index';

export type CommitteeSummary = ResponseOf<typeof CONTRACTS.home.committeeSummary>;
type BranchSummary = CommitteeSummary['branches'][number];
type GradeCount = CommitteeSummary['totals']['grades'][number];

/** One figure of the committee's totals: a name, the words, and whether it asks for action. */
export interface Figure {
  key: string;
  name: string;
  text: string;
  warn: boolean;
}

/** "2026-11-27" → "11月27日". */
function dayText(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
}

const gradesText = (counts: GradeCount[]) => counts.map((g) => `${g.name} ${g.count} 人`).join('，');

/** The confirmed share of the reports, in whole percent ("86%"); '' when nothing was reported. */
function rateText(reported: number, confirmed: number): string {
  return reported > 0 ? `${Math.round((confirmed / reported) * 100)}%` : '';
}

/** The committee in one sentence: "30 名党员，2 个支部，申报 175 项，确认 150 项". */
export function headlineOf(summary: CommitteeSummary): string {
  const { members, reports, branches } = summary.totals;
  const activists = members.activists > 0 ? `，入党积极分子 ${members.activists} 人` : '';
  return `${members.members} 名党员${activists}，${branches} 个支部，申报 ${reports.reported} 项，确认 ${reports.confirmed} 项`;
}

export function asOfText(summary: CommitteeSummary): string {
  return `${summary.range.label} · 截至 ${dayText(summary.asOf)}`;
}

/** The totals a committee checks, each in words, the ones asking for action marked. */
export function figuresOf(summary: CommitteeSummary): Figure[] {
  const { totals, rules } = summary;
  const { publications: p, appeals: a, reports: r } = totals;
  const rate = rateText(r.reported, r.confirmed);
  return [
    {
      key: 'attention',
      name: '需要关注',
      text: totals.needingAttention > 0 ? `${totals.needingAttention} 个支部有事要办（排在下面最前）` : '各支部都没有要办的事',
      warn: totals.needingAttention > 0,
    },
    {
      key: 'publications',
      name: '公示',
      text:
        p.ended === 0
          ? '今年还没有到期的公示'
          : `已到期 ${p.ended} 期：按时 ${p.onTime} 期，迟发 ${p.late} 期，逾期未发 ${p.missing} 期` +
            (p.due > 0 ? `，还在 ${rules.publishDueDays} 天期限内 ${p.due} 期` : ''),
      warn: p.missing > 0,
    },
    {
      key: 'appeals',
      name: '异议',
      text:
        a.open > 0
          ? `未答复 ${a.open} 件${a.overdue > 0 ? `，其中超过期限 ${a.overdue} 件` : ''}`
          : `没有未答复的异议（今年共 ${a.filed} 件）`,
      warn: a.overdue > 0,
    },
    {
      key: 'reports',
      name: '申报',
      text:
        (r.pending > 0 ? `待审核 ${r.pending} 份` : '没有待审核的申报') +
        (r.waitingLong > 0 ? `，超过 ${rules.reportWaitDays} 天未审核 ${r.waitingLong} 份` : '') +
        (rate ? `；确认率 ${rate}` : ''),
      warn: r.waitingLong > 0,
    },
    {
      key: 'grades',
      name: '年度等次',
      text: totals.grades.length > 0 ? gradesText(totals.grades) : '还没有支部上报年度等次',
      warn: false,
    },
  ];
}

/** A branch's row: what the committee reads at a glance, and what it may do there. */
export interface BranchRow {
  branchId: string;
  name: string;
  scheme: string;
  figures: string;
  grades: string;
  attention: string[];
  /** The button under the row: choose the scheme (none yet) or change it. */
  schemeAction: string;
  schemeId: string;
  schemeVersion: number;
}

function branchGrades(branch: BranchSummary): string {
  const { status, counts } = branch.grades;
  if (status === 'none') return '';
  if (status === 'open') return '年度等次：支部正在评议';
  const who = status === 'decided' ? '党委已审定' : '支部已上报，待党委审定';
  return `年度等次：${who}${counts.length > 0 ? `（${gradesText(counts)}）` : ''}`;
}

export function branchRowOf(branch: BranchSummary): BranchRow {
  const { members, reports } = branch;
  const rate = rateText(reports.reported, reports.confirmed);
  return {
    branchId: branch.branchId,
    name: branch.name,
    scheme: branch.scheme ? `积分方案：${branch.scheme.name}` : '',
    figures: `党员 ${members.members} 人 · 申报 ${reports.reported} 项 · 确认 ${reports.confirmed} 项${rate ? `（${rate}）` : ''}`,
    grades: branchGrades(branch),
    attention: branch.attention,
    schemeAction: branch.scheme ? '更换积分方案' : '设定积分方案',
    schemeId: branch.scheme?.id ?? '',
    schemeVersion: branch.scheme?.version ?? 0,
  };
}
