import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { formatDelta, formatPoints, shortDate, shortPeriodLabel } from '../../common/format';
import type { ReportForm } from '../../services/report-drafts';

export type Report = ResponseOf<typeof CONTRACTS.reports.listMyReports>['reports'][number];
export type LedgerLine = ResponseOf<typeof CONTRACTS.home.memberLedger>['lines'][number];

/** One of my reports, ready for WXML. */
export interface ReportRow {
  id: string;
  title: string;
  status: Report['status'];
  statusText: string;
  facts: string[];
  description: string;
  /** Why it was not approved, or the reviewer's note. */
  answer: string;
  answerTitle: string;
  photos: string[];
  canWithdraw: boolean;
}

/** One ledger line, explained: which rule, how it came, who, when. */
export interface LedgerRow {
  id: string;
  title: string;
  delta: string;
  tone: 'plus' | 'minus' | 'zero';
  facts: string[];
}

const STATUS_TEXT: Record<Report['status'], string> = { pending: '待审核', approved: '已通过', rejected: '没通过', withdrawn: '已撤回' };
const ROLE_TEXT: Record<LedgerLine['actor']['role'], string> = {
  member: '本人',
  recorder: '记分员',
  secretary: '书记',
  committeeAdmin: '党委管理员',
  system: '系统',
};

/** An ISO time as people read it in China: "11月6日 14:20" (Beijing time, whatever the phone's zone). */
export function beijingTime(iso: string): string {
  const time = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  if (Number.isNaN(time.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${time.getUTCMonth() + 1}月${time.getUTCDate()}日 ${two(time.getUTCHours())}:${two(time.getUTCMinutes())}`;
}

/** This year in Beijing. */
export function beijingYear(now = Date.now()): number {
  return new Date(now + 8 * 3600 * 1000).getUTCFullYear();
}

/** Names of levels and posts from the report form kept on the phone (the lists carry codes only). */
export interface Names {
  level(itemCode: string, code: string): string | null;
  post(code: string): string | null;
}

export function namesFrom(form: ReportForm | null): Names {
  const items = form ? form.categories.flatMap((c) => c.items) : [];
  return {
    level: (itemCode, code) => {
      const item = items.find((i) => i.code === itemCode);
      return (item?.points.kind === 'levels' && item.points.levels.find((l) => l.code === code)?.name) || null;
    },
    post: (code) => items.flatMap((i) => i.posts ?? []).find((p) => p.code === code)?.name ?? null,
  };
}

function fieldFacts(
  names: Names,
  itemCode: string,
  fields: { level: string | null; quantity: number | null; post: string | null },
): string[] {
  const facts: string[] = [];
  const level = fields.level ? names.level(itemCode, fields.level) : null;
  if (level) facts.push(`级别：${level}`);
  if (fields.quantity) facts.push(`次数：${fields.quantity}`);
  const post = fields.post ? names.post(fields.post) : null;
  if (post) facts.push(`岗位：${post}`);
  return facts;
}

export function reportRow(report: Report, names: Names): ReportRow {
  const facts = [
    `日期：${shortDate(report.date)}`,
    `提交时间：${beijingTime(report.submittedAt)}`,
    ...fieldFacts(names, report.itemCode, report),
  ];
  if (report.status === 'approved' && report.awardedPoints !== null) facts.unshift(`记入积分：${formatDelta(report.awardedPoints)} 分`);
  if (report.reviewedAt && report.status !== 'withdrawn') facts.push(`审核时间：${beijingTime(report.reviewedAt)}`);
  const rejected = report.status === 'rejected';
  return {
    id: report.reportId,
    title: report.itemName,
    status: report.status,
    statusText: STATUS_TEXT[report.status],
    facts,
    description: report.description,
    answerTitle: rejected ? '没通过的原因' : '审核意见',
    answer: rejected ? (report.rejectReason ?? '审核人没有写原因，可以问问记分员或书记。') : (report.reviewNote ?? ''),
    photos: report.photos.map((p) => p.url).filter((url): url is string => Boolean(url)),
    canWithdraw: report.status === 'pending',
  };
}

/** How a line came to be, in words: "本人申报，记分员 李秀英 审核通过". */
function howText(line: LedgerLine): string {
  const who = `${ROLE_TEXT[line.actor.role]}${line.actor.name ? ` ${line.actor.name}` : ''}`;
  switch (line.source) {
    case 'report':
      return `本人申报，${who} 审核通过`;
    case 'recorder':
      return `${who} 登记`;
    case 'attendance':
      return `会议考勤，${who} 录入`;
    case 'adjustment':
      return line.reverses ? `${who} 更正，撤销了原来的记录` : `${who} 更正后重新记入`;
    case 'appeal':
      return `提出异议后更正，${who} 办理`;
    case 'system':
      return '系统按积分方案自动记入';
  }
}

export function ledgerRow(line: LedgerLine, all: LedgerLine[], names: Names): LedgerRow {
  const facts = [
    `日期：${shortDate(line.date)}（计入${shortPeriodLabel(line.period)}）`,
    `怎么来的：${howText(line)}`,
    `记录时间：${beijingTime(line.at)}`,
  ];
  facts.push(...fieldFacts(names, line.itemCode, line));
  const original = line.reverses ? all.find((l) => l.entryId === line.reverses) : undefined;
  if (original) facts.push(`撤销的是：${shortDate(original.date)}“${original.itemName}” ${formatDelta(original.points)} 分`);
  if (line.reason) facts.push(`说明：${line.reason}`);
  const title = line.reverses
    ? `${line.points > 0 ? '撤销扣分' : '撤销加分'}：${line.itemName}`
    : line.adjusts
      ? `更正：${line.itemName}`
      : line.itemName;
  return {
    id: line.entryId,
    title,
    delta: line.points === 0 ? formatPoints(0) : formatDelta(line.points),
    tone: line.points > 0 ? 'plus' : line.points < 0 ? 'minus' : 'zero',
    facts,
  };
}
