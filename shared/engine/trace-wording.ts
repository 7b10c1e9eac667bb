import { absCenti, Centi, formatCenti, fromCenti, subtractCenti } from '../points';
import type { MemberStatus, ReviewGrade } from '../scheme/schema';

/**
 * Every Chinese sentence the engine writes: the lines of a member's trace and the branch quota's
 * explanation, for members and secretaries. One file, so the wording is read, reviewed and changed in
 * one place; the engine decides what happened and passes the numbers (hundredths as `Centi`, written
 * by `pts`). Scheme names (items, blocks, grades, warnings) come from the scheme itself.
 */

export const REVIEW_GRADE_NAMES: Record<ReviewGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basicallyQualified: '基本合格',
  unqualified: '不合格',
};

export const STATUS_NAMES: Record<MemberStatus, string> = { full: '正式党员', probationary: '预备党员', activist: '入党积极分子' };

/** "86.5 分". */
export function pts(centi: Centi): string {
  return `${formatCenti(centi)} 分`;
}

/** yyyymmdd → 'YYYY-MM-DD'. */
export function dateText(day: number): string {
  return `${Math.floor(day / 10_000)}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
}

/** The scheme's period as a word: 月 or 季度. */
export function unitName(unit: 'month' | 'quarter'): string {
  return unit === 'month' ? '月' : '季度';
}

/** Where a block's line applies, written before it: "2026年3月 " for a period, "年度 " for the year. */
export function wherePrefix(periodLabel: string | undefined): string {
  return periodLabel !== undefined ? `${periodLabel} ` : '年度 ';
}

/** The reversal line's `by` when the reversing entry has no id. */
export const UNNUMBERED_ENTRY = '（未编号）';

// ── Rules stated once, before the periods ──────────────────────────────────────────────────────────

/** A start-full block: 每月从满分 40 分 起扣，最低 0 分. `every` is 每月 / 每季度 / 每年. */
export function blockRuleText(blockName: string, every: string, start: Centi, floor: Centi | null): string {
  return `${blockName}：${every}从满分 ${pts(start)} 起扣${floor === null ? '' : `，最低 ${pts(floor)}`}`;
}

/** A start carried from last year, stated once before the periods: 基础分：从上年度积分的 20% 起扣（没有上年度积分时从 20 分 起扣），最低 0 分. */
export function carriedRuleText(blockName: string, percent: number, fallback: Centi, floor: Centi | null): string {
  return `${blockName}：从上年度积分的 ${percent}% 起扣（没有上年度积分时从 ${pts(fallback)} 起扣）${floor === null ? '' : `，最低 ${pts(floor)}`}`;
}

/** A section with a share of its category's start: 政治素质：分得基础分起始分的 20%，单独计算，最低 0 分. */
export function shareRuleText(sectionName: string, categoryName: string, share: number, floor: Centi | null): string {
  return `${sectionName}：分得${categoryName}起始分的 ${share}%${floor === null ? '' : `，单独计算，最低 ${pts(floor)}`}`;
}

/** The member's own start: `previous` null when there is no total for last year. */
export function carriedStartText(blockName: string, lastYear: number, previous: Centi | null, percent: number, start: Centi): string {
  return previous === null
    ? `${blockName}：没有 ${lastYear} 年度积分，从 ${pts(start)} 起扣`
    : `${blockName}：${lastYear} 年度积分 ${pts(previous)}${previous < 0 ? '（按 0 分计）' : ''} × ${percent}% = ${pts(start)}，本年从 ${pts(start)} 起扣`;
}

/** 每月 / 每季度 for a period-scope block, 每年 for a year-scope one. */
export function everyText(scope: 'period' | 'year', unit: 'month' | 'quarter'): string {
  return scope === 'period' ? `每${unit === 'month' ? '月' : '季度'}` : '每年';
}

/** The member's pledge, stated before the periods where items are judged against it (承诺事项). */
export function pledgeText(pledge: string | undefined): string {
  return pledge === undefined ? '承诺事项：未录入' : `承诺事项：${pledge}`;
}

export function reversalText(date: string, itemName: string, entry: string, by: string, countsEachMonthOfQuarter: boolean): string {
  return `${date} ${itemName}（记录 ${entry}）已由记录 ${by} 冲正，${countsEachMonthOfQuarter ? '本季度各月均不计分' : '不计分'}`;
}

/**
 * An entry that counts in each month of its quarter: the months its points went to, and why other
 * months of the quarter did not get them (before the scoring start `from`, or not started by asOf).
 */
export function spreadText(
  day: number,
  itemName: string,
  points: Centi,
  countedIn: string[],
  beforeStart: { labels: string[]; from: number } | null,
  notStarted: { labels: string[]; asOf: string } | null,
): string {
  const parts = [
    `${dateText(day)} ${itemName}：按季度计，本季度每月${points > 0 ? '加' : '扣'} ${pts(absCenti(points))}，计入 ${countedIn.join('、')}`,
  ];
  if (beforeStart) parts.push(`${beforeStart.labels.join('、')} 在开始计分日 ${dateText(beforeStart.from)} 之前，不计分`);
  if (notStarted) parts.push(`${notStarted.labels.join('、')} 截至 ${notStarted.asOf} 尚未开始，开始后计入`);
  return parts.join('；');
}

// ── Items and blocks ───────────────────────────────────────────────────────────────────────────────

/** `spreadIn`: of the entries, those dated in another month of the quarter that count here too. */
export function itemText(where: string, itemName: string, entries: number, spreadIn: number, sum: Centi): string {
  const others = spreadIn > 0 ? `（其中 ${spreadIn} 条记于本季度其他月份，按季度每月计分）` : '';
  return `${where}${itemName}：${entries} 条记录${others}，${sum > 0 ? '加' : '扣'} ${pts(absCenti(sum))}`;
}

export function multiplierText(where: string, itemName: string, raw: Centi, multiplied: Centi): string {
  return `${where}${itemName}：老党员加分倍数，${pts(raw)} → ${pts(multiplied)}`;
}

export function itemPeriodCapText(where: string, itemName: string, unit: string, cap: Centi, counted: Centi): string {
  return `${where}${itemName} 每${unit}最多计 ${pts(cap)}：${pts(counted)} → ${pts(cap)}`;
}

export function itemYearCapText(where: string, itemName: string, cap: Centi, remaining: Centi, counted: Centi): string {
  return `${where}${itemName} 每年最多计 ${pts(cap)}，本期还可计 ${pts(remaining)}：${pts(counted)} → ${pts(remaining)}`;
}

export function gainPeriodCapText(where: string, blockName: string, unit: string, cap: Centi, gains: Centi): string {
  return `${where}${blockName} 每${unit}加分最多 ${pts(cap)}：${pts(gains)} → ${pts(cap)}`;
}

export function gainYearCapText(where: string, blockName: string, cap: Centi, remaining: Centi, gains: Centi): string {
  return `${where}${blockName} 每年加分最多 ${pts(cap)}，本期还可加 ${pts(remaining)}：${pts(gains)} → ${pts(remaining)}`;
}

/** `losses` and `cap` are positive amounts deducted. */
export function lossPeriodCapText(where: string, blockName: string, unit: string, cap: Centi, losses: Centi): string {
  return `${where}${blockName} 每${unit}最多扣 ${pts(cap)}：扣 ${pts(losses)} → 扣 ${pts(cap)}`;
}

export function lossYearCapText(where: string, blockName: string, cap: Centi, remaining: Centi, losses: Centi): string {
  return `${where}${blockName} 每年最多扣 ${pts(cap)}，本期还可扣 ${pts(remaining)}：扣 ${pts(losses)} → 扣 ${pts(remaining)}`;
}

export function floorText(where: string, blockName: string, floor: Centi, value: Centi): string {
  return `${where}${blockName} 最低 ${pts(floor)}：${pts(value)} → ${pts(floor)}`;
}

export function ceilingText(where: string, blockName: string, ceiling: Centi, value: Centi): string {
  return `${where}${blockName} 最高 ${pts(ceiling)}：${pts(value)} → ${pts(ceiling)}`;
}

// ── The year ───────────────────────────────────────────────────────────────────────────────────────

/** How the periods made the year's period part: summed, averaged, or the cumulative sum ÷ a divisor. */
export function combineText(
  combine: { method: 'sum' } | { method: 'average' } | { method: 'divide'; divisor: number },
  periods: number,
  periodSum: Centi,
  periodPart: Centi,
): string {
  const how =
    combine.method === 'sum'
      ? `${periods} 期合计`
      : combine.method === 'average'
        ? `${periods} 期合计 ${pts(periodSum)}，平均（四舍五入到 0.01 分）`
        : `${periods} 期累计 ${pts(periodSum)} ÷ ${combine.divisor}（四舍五入到 0.01 分）`;
  return `各期得分：${how}，计 ${pts(periodPart)}`;
}

/** A democratic-review result as points: the round (when there are several) and the weight (when not 100 %). */
export function reviewText(round: number, rounds: number, grade: ReviewGrade, raw: Centi, weightPercent: number, points: Centi): string {
  return `民主评议${rounds > 1 ? `第 ${round} 次` : ''}为${REVIEW_GRADE_NAMES[grade]}：${pts(raw)}${weightPercent !== 100 ? ` × ${weightPercent}% = ${pts(points)}` : ''}`;
}

export function fixedBaseText(base: Centi): string {
  return `基础分 ${pts(base)}`;
}

/** A base score by tier; `tierName` undefined when the member fits no tier. */
export function tierBaseText(tierName: string | undefined, ageAtYearEnd: number, base: Centi): string {
  return tierName !== undefined ? `基础分（${tierName}，年末 ${ageAtYearEnd} 岁）${pts(base)}` : `基础分（不属于任何层次）${pts(base)}`;
}

/** The year's points scaled by the democratic review's percentage (年度积分 = 全年累计积分 × 评议折算比例). */
export function reviewScaleText(grade: ReviewGrade, percent: number, before: Centi, scaled: Centi): string {
  return `民主评议为${REVIEW_GRADE_NAMES[grade]}，按 ${percent}% 折算：${pts(before)} × ${percent}% = ${pts(scaled)}`;
}

export const REVIEW_SCALE_AWAITING_TEXT = '年度积分按民主评议结果折算，评议结果尚未录入，暂不折算';

/** `floorPoints` is the scheme's floor in points, as written there. */
export function yearFloorText(floorPoints: number, source: string, total: Centi): string {
  return `年度积分最低 ${floorPoints} 分（${source}）：${pts(total)} → ${floorPoints} 分`;
}

/** Above the ceiling: the excess kept as reward points, or dropped. `ceilingPoints` as written in the scheme. */
export function overflowText(keptAsReward: boolean, ceilingPoints: number, total: Centi, ceiling: Centi): string {
  return keptAsReward
    ? `年度积分以 ${ceilingPoints} 分为满分，超出的 ${pts(subtractCenti(total, ceiling))} 计为奖励积分`
    : `年度积分最高 ${ceilingPoints} 分：${pts(total)} → ${ceilingPoints} 分`;
}

export function vetoText(day: number, itemName: string, zeroYear: boolean, lowestGrade: boolean): string {
  const effects = [zeroYear ? '年度积分为零' : '', lowestGrade ? '一票否决，等次直接定为最低等次' : ''].filter(Boolean);
  return `${dateText(day)} ${itemName}：${effects.join('；')}`;
}

export function starsText(total: Centi, stars: number): string {
  return stars > 0 ? `年度 ${pts(total)}：${stars} 星` : `年度 ${pts(total)}：未达到星级`;
}

// ── The grade ──────────────────────────────────────────────────────────────────────────────────────

export function notGradedText(status: MemberStatus): string {
  return `${STATUS_NAMES[status]}参加积分管理，但不确定等次`;
}

export function vetoGradeText(lowestBandName: string): string {
  return `一票否决：等次直接定为${lowestBandName}`;
}

export function pointsGradeText(total: Centi, bandName: string): string {
  return `年度 ${pts(total)}：${bandName}`;
}

export const AWAITING_REVIEW_TEXT = '等次由民主评议确定，评议结果尚未录入';

export function reviewGradeText(grade: ReviewGrade, bandName: string): string {
  return `民主评议为${REVIEW_GRADE_NAMES[grade]}：等次${bandName}`;
}

/** Why a grade rule by the year's stars fails (000: 在职党员少于三星不能评优秀); `forSomeCategories` when the rule names member categories. */
export function tooFewStarsText(forSomeCategories: boolean, minStars: number, stars: number): string {
  return `${forSomeCategories ? '该类党员' : ''}星级少于 ${minStars} 星（${stars} 星）`;
}

/** Why a grade rule by every period's stars fails: the first period below. */
export function tooFewPeriodStarsText(periodLabel: string, stars: number, minStars: number): string {
  return `${periodLabel}为 ${stars} 星，未达到每期 ${minStars} 星`;
}

export function gradeRuleText(why: string, fromBandName: string, toBandName: string): string {
  return `${why}，不能评为${fromBandName}：${fromBandName} → ${toBandName}`;
}

// ── The branch quota ───────────────────────────────────────────────────────────────────────────────

export function quotaKeptText(gradeName: string, limit: number): string {
  return `${gradeName}名额 ${limit} 人，在名额内，保留${gradeName}`;
}

export function quotaTiedText(total: Centi, gradeName: string, limit: number, toBandName: string): string {
  return `与他人并列 ${pts(total)} 跨过${gradeName}名额线（${limit} 人），并列者不拆分：${gradeName} → ${toBandName}`;
}

export function quotaOverText(gradeName: string, limit: number, toBandName: string): string {
  return `超出${gradeName}名额（${limit} 人）：${gradeName} → ${toBandName}`;
}

/** The quota's explanation for the branch (QuotaOutcome.explanation). */
export function quotaExplanation(q: {
  gradeName: string;
  nextName: string;
  maxPercent: number | null;
  maxPlaces: number | null;
  graded: number;
  limit: number;
  candidates: number;
  admitted: number;
  movedDown: number;
  tie: { members: number; points: Centi; decision: 'excludeTied' | 'includeTied' } | null;
}): string {
  const parts = [
    `${quotaRuleText(q.gradeName, q.maxPercent, q.maxPlaces)}：参评 ${q.graded} 人，名额 ${q.limit} 人${q.maxPercent !== null ? '（向下取整）' : ''}`,
    `${q.candidates} 人达到${q.gradeName}`,
  ];
  if (q.candidates === 0) parts.push('无需按名额调整');
  else if (q.movedDown === 0) parts.push(`均在名额内，全部评为${q.gradeName}`);
  else {
    if (q.tie) {
      parts.push(
        q.tie.decision === 'excludeTied'
          ? `${q.tie.members} 人并列 ${pts(q.tie.points)} 跨过名额线，并列者不拆分，均不评为${q.gradeName}`
          : `${q.tie.members} 人并列 ${pts(q.tie.points)} 跨过名额线，并列者不拆分，均评为${q.gradeName}`,
      );
    }
    parts.push(`评为${q.gradeName} ${q.admitted} 人，其余 ${q.movedDown} 人按名额评为${q.nextName}`);
  }
  return parts.join('；') + '。';
}

// ── Consequences ───────────────────────────────────────────────────────────────────────────────────

/**
 * Why a yearly warning was raised: the grade it names (when it names grades), the total (when it is by
 * points, or names nothing else), the stars (when it is by stars).
 */
export function yearWarningReason(gradeName: string | null, total: Centi | null, stars: number | null): string {
  const parts: string[] = [];
  if (gradeName !== null) parts.push(`评为${gradeName}`);
  if (total !== null) parts.push(`年度 ${pts(total)}`);
  if (stars !== null) parts.push(`${stars} 星`);
  return parts.join('，');
}

export function yearWarningText(warningName: string, reason: string, action: string): string {
  return `${warningName}（${reason}）：${action}`;
}

export function periodWarningText(periodLabel: string, warningName: string, value: Centi, action: string): string {
  return `${periodLabel} ${warningName}（${pts(value)}）：${action}`;
}

export function probationByGradeText(status: MemberStatus, bandName: string, flagName: string): string {
  return `${STATUS_NAMES[status]}评为${bandName}：${flagName}`;
}

/** `belowPoints` as written in the scheme. */
export function probationBelowText(status: MemberStatus, total: Centi, belowPoints: number, flagName: string): string {
  return `${STATUS_NAMES[status]}年度积分 ${pts(total)}，低于 ${belowPoints} 分：${flagName}`;
}

/** Consecutive or cumulative years at the grades named (or below the points), and the step's action. */
export function escalationText(
  consecutive: boolean,
  years: number,
  gradeNames: (string | undefined)[] | null,
  below: Centi,
  action: string,
): string {
  const condition = gradeNames ? `评为${gradeNames.join('或')}` : `低于 ${fromCenti(below)} 分`;
  return `${consecutive ? '连续' : '累计'} ${years} 年${condition}：${action}`;
}

/** The quota rule in words: 优秀不超过参评党员的 20%, 优秀每个支部不超过 2 人, or both. */
export function quotaRuleText(gradeName: string, maxPercent: number | null, maxPlaces: number | null): string {
  const limits = [maxPercent !== null ? `不超过参评党员的 ${maxPercent}%` : '', maxPlaces !== null ? `不超过 ${maxPlaces} 人` : ''];
  return `${gradeName}${maxPlaces !== null ? '每个支部' : ''}${limits.filter(Boolean).join('且')}`;
}

/**
 * A count threshold's count: 全年缺席“三会一课”共 1 次，不多于 1 次：全年缺席“三会一课”不多于1次 加 5 分.
 * `periodLabel` is the period's label, or null for the year (全年); `countedNames` the counted items' names.
 */
export function countThresholdText(
  periodLabel: string | null,
  countedNames: string[],
  count: number,
  bound: { atMost?: number; atLeast?: number },
  itemName: string,
  value: Centi,
  met: boolean,
): string {
  const limit =
    bound.atMost !== undefined ? `${met ? '不多于' : '多于'} ${bound.atMost} 次` : `${met ? '不少于' : '少于'} ${bound.atLeast} 次`;
  const points = met ? `${value > 0 ? '加' : '扣'} ${pts(absCenti(value))}` : '不计分';
  return `${periodLabel ?? '全年'}${countedNames.join('、')}共 ${count} 次，${limit}：${itemName} ${points}`;
}
