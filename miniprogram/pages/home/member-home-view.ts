import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { formatDelta, formatPoints, shortDate, shortPeriodLabel } from '../../common/format';

export type MemberHome = ResponseOf<typeof CONTRACTS.home.memberHome>;

export interface Figure {
  label: string;
  value: string;
  note: string;
}

export interface CategoryRow {
  code: string;
  name: string;
  points: string;
  items: { code: string; name: string; points: string }[];
}

export interface TrendBar {
  key: string;
  label: string;
  value: string;
  /** Bar height as a share of the tallest bar the chart allows (0–100). */
  percent: number;
  current: boolean;
}

export interface Notice {
  tone: 'warn' | 'serious';
  title: string;
  text: string;
}

/** Everything the member's home shows, ready for WXML (no logic in the template). */
export interface MemberHomeView {
  name: string;
  periodLabel: string;
  figures: Figure[];
  /** How the year total is made, in words (under the figures). */
  yearRule: string;
  /** The period's categories (those counted per period). */
  categories: CategoryRow[];
  /** Year-scope categories (bonus, veto …) with anything in them so far this year. */
  yearCategories: CategoryRow[];
  stars: number | null;
  grade: { name: string; note: string } | null;
  gradeNote: string;
  trend: TrendBar[];
  notices: Notice[];
  pendingReports: number;
  pendingText: string;
  schemeName: string;
}

/** Why there is nothing to show yet: the page's empty state. */
export interface MemberHomeEmpty {
  title: string;
  message: string;
}

const GRADE_NOTES: Record<NonNullable<MemberHome['gradeNote']>, string> = {
  notGraded: '预备党员不参加等次评定，积分照常记录。',
  awaitingReview: '等次要等年底民主评议后才能评定。',
  noGrading: '本支部的方案不评定等次。',
};

export function memberHomeEmpty(home: MemberHome): MemberHomeEmpty | null {
  if (home.exempt)
    return { title: '不纳入积分管理', message: '支部已批准您不纳入积分管理，本年度不记积分。情况有变化时，请联系支部书记。' };
  if (!home.scoringStarted)
    return { title: '积分还没有开始', message: `本支部从${shortDate(home.scoringFrom)}开始记积分，到时候再来看看。有疑问请联系支部书记。` };
  if (!home.currentPeriod && home.periods.length === 0)
    return { title: '今年还没有积分', message: '做了哪些事，可以向支部申报；书记、记分员登记的积分也会出现在这里。' };
  return null;
}

/** The months of the current quarter (a monthly scheme): the contract leaves summing them to the page. */
function quarterKeys(currentKey: string): string[] {
  const match = /^(\d{4})-(\d{2})$/.exec(currentKey);
  if (!match) return [];
  const first = Math.floor((Number(match[2]) - 1) / 3) * 3 + 1;
  return [0, 1, 2].map((i) => `${match[1]}-${String(first + i).padStart(2, '0')}`);
}

/** The average of period totals in hundredths, halves away from zero (the product's one rounding rule). */
function averageOf(totals: number[]): number {
  const centi = totals.reduce((sum, t) => sum + Math.round(t * 100), 0);
  return (Math.sign(centi) * Math.round(Math.abs(centi) / totals.length)) / 100;
}

/** A word for how the year comes from the periods, short enough for under its figure. */
const YEAR_NOTE = { sum: '各期相加', average: '各期平均', divide: '相加后折算' } as const;

function figuresOf(home: MemberHome): Figure[] {
  const current = home.currentPeriod;
  const unit = home.scheme.periodUnit === 'month' ? '本月' : '本季度';
  const figures: Figure[] = [{ label: unit, value: current ? formatPoints(current.total) : '—', note: current?.label ?? '' }];
  if (home.scheme.periodUnit === 'month' && current) {
    const keys = quarterKeys(current.key);
    const months = home.periods.filter((p) => keys.includes(p.key));
    const note = months.map((p) => shortPeriodLabel(p.key)).join('+');
    // A scheme that averages its months shows the quarter as their average, or it would dwarf the year.
    if (home.yearTotalRule.combine === 'average')
      figures.push({ label: '本季度平均', value: formatPoints(averageOf(months.map((p) => p.total))), note });
    else figures.push({ label: '本季度累计', value: formatPoints(months.reduce((total, p) => total + p.total, 0)), note });
  }
  figures.push({ label: '全年', value: formatPoints(home.yearTotal), note: YEAR_NOTE[home.yearTotalRule.combine] });
  return figures;
}

function trendOf(home: MemberHome): TrendBar[] {
  const top = Math.max(100, ...home.periods.map((p) => p.total));
  return home.periods.slice(-6).map((p) => ({
    key: p.key,
    label: shortPeriodLabel(p.key),
    value: formatPoints(p.total),
    percent: Math.max(0, Math.round((p.total / top) * 100)),
    current: p.key === home.currentPeriod?.key,
  }));
}

function noticesOf(home: MemberHome): Notice[] {
  const notices: Notice[] = [];
  if (home.veto)
    notices.push({
      tone: 'serious',
      title: '本年度积分计为零',
      text: `${shortDate(home.veto.date)}记有“${home.veto.name}”，按方案本年度积分计为零。如有异议，请向支部书记提出。`,
    });
  for (const warning of home.warnings)
    notices.push({
      tone: 'warn',
      title: `提醒：${warning.name}`,
      text: `按目前的积分，年底可能会“${warning.name}”（${warning.action}）。多参加组织生活、做了事及时申报，积分还能提上来；有疑问可以找书记聊聊。`,
    });
  return notices;
}

function categoryRow(category: MemberHome['yearCategories'][number]): CategoryRow {
  return {
    code: category.code,
    name: category.name,
    points: formatPoints(category.points),
    items: category.items.map((item) => ({
      code: item.code,
      name: item.entries > 1 ? `${item.name}（${item.entries} 次）` : item.name,
      points: formatDelta(item.counted),
    })),
  };
}

export function memberHomeView(home: MemberHome): MemberHomeView {
  return {
    name: home.member.name,
    periodLabel: home.currentPeriod?.label ?? `${home.year}年`,
    figures: figuresOf(home),
    yearRule: home.yearTotalRule.text,
    categories: (home.currentPeriod?.categories ?? []).filter((c) => c.scope === 'period').map(categoryRow),
    yearCategories: home.yearCategories.filter((c) => c.points !== 0 || c.items.length > 0).map(categoryRow),
    stars: home.stars,
    grade: home.gradePreview
      ? { name: home.gradePreview.name, note: '这是按目前积分的预估，还没算优秀名额的限制；最终等次由支部和党委在年底评定。' }
      : null,
    gradeNote: home.gradeNote ? GRADE_NOTES[home.gradeNote] : '',
    trend: trendOf(home),
    notices: noticesOf(home),
    pendingReports: home.pendingReports,
    pendingText: home.pendingReports > 0 ? `有 ${home.pendingReports} 条申报正在等待审核` : '没有等待审核的申报',
    schemeName: home.scheme.name,
  };
}
