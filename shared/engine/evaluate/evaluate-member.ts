import { ageOn } from '../../period';
import { Centi, divideRounded, fromCenti, toCenti } from '../../points';
import type { MemberCondition } from '../../scheme/schema';
import { gradeBandOf, NO_GRADE, starsOf } from '../compile/bands';
import { VETO_LOWEST_GRADE, VETO_ZERO_YEAR } from '../compile/compiled-scheme';
import {
  AWAITING_REVIEW_TEXT,
  ceilingText,
  combineText,
  fixedBaseText,
  floorText,
  gainPeriodCapText,
  gainYearCapText,
  gradeRuleText,
  itemPeriodCapText,
  itemText,
  itemYearCapText,
  lossPeriodCapText,
  lossYearCapText,
  multiplierText,
  notGradedText,
  overflowText,
  pointsGradeText,
  reviewGradeText,
  reviewText,
  starsText,
  tierBaseText,
  tooFewPeriodStarsText,
  tooFewStarsText,
  unitName,
  vetoGradeText,
  vetoText,
  wherePrefix,
  yearFloorText,
} from '../trace-wording';
import type { BlockScore, ItemScore, ReviewScore } from '../result.types';
import { GradeNote, ScoreTable } from '../table/score-table';
import type { MemberInput } from '../scoring-input.schema';
import type { TraceLine } from '../trace';

/** Item-level sums of one member for one period (or the year), for the explanation only. */
export interface ItemView {
  sums: ArrayLike<number>;
  counts: ArrayLike<number>;
  raw: ArrayLike<number>;
  /** Of `counts`, entries dated in another period that count here too (countsIn 'eachMonthOfQuarter'). */
  spreadIn: ArrayLike<number>;
  offset: number;
}

/** Receives what the evaluation did, to build a member's explained breakdown. Absent in bulk scoring. */
export interface Recorder {
  line(line: TraceLine): void;
  block(period: number, block: number, score: BlockScore): void;
  reviews(category: number, reviews: ReviewScore[]): void;
  /** Item-level sums for period p (−1: the counted year). */
  itemView(period: number): ItemView;
}

/** Running totals for per-year caps, reset for every member. */
export interface CapState {
  item: Float64Array;
  gain: Float64Array;
  loss: Float64Array;
}

export function newCapState(table: ScoreTable): CapState {
  return {
    item: new Float64Array(table.itemCount),
    gain: new Float64Array(table.compiled.blocks.length),
    loss: new Float64Array(table.compiled.blocks.length),
  };
}

export function resetCaps(caps: CapState): void {
  caps.item.fill(0);
  caps.gain.fill(0);
  caps.loss.fill(0);
}

/** Where a block reads its slot sums from: the table's cells for one period, or a year's sums. */
export interface SlotView {
  sums: ArrayLike<number>;
  offset: number;
}

function evalBlock(
  t: ScoreTable,
  b: number,
  view: SlotView,
  caps: CapState,
  rec: Recorder | null,
  p: number,
  inner: number,
  extraGain: number,
): number {
  const block = t.compiled.blocks[b];
  const items = t.compiled.items;
  // Labels for the explanation, only when one is being recorded (bulk scoring builds no strings).
  const period = rec && p >= 0 ? t.periodKeys[p] : undefined;
  const where = rec ? wherePrefix(p >= 0 ? t.periodLabels[p] : undefined) : '';
  const category = rec ? t.compiled.categories[block.category].code : '';
  const section = rec && block.section >= 0 ? block.code : undefined;
  const unit = rec ? unitName(t.compiled.scheme.period) : '';
  const itemView = rec ? rec.itemView(p) : null;
  if (rec && itemView) {
    for (const it of block.items) {
      const s = itemView.sums[itemView.offset + it];
      if (s === 0) continue;
      const item = items[it];
      const raw = itemView.raw[itemView.offset + it];
      const spreadIn = itemView.spreadIn[itemView.offset + it];
      rec.line({
        rule: 'item',
        period,
        category,
        section,
        item: item.code,
        points: fromCenti(s),
        message: itemText(where, item.name, itemView.counts[itemView.offset + it], spreadIn, s as Centi),
      });
      if (raw !== s) {
        rec.line({
          rule: 'multiplier',
          period,
          category,
          section,
          item: item.code,
          before: fromCenti(raw),
          points: fromCenti(s),
          message: multiplierText(where, item.name, raw as Centi, s as Centi),
        });
      }
    }
  }

  let gains = extraGain;
  let losses = 0;
  if (block.gainPool >= 0) gains += view.sums[view.offset + block.gainPool];
  if (block.lossPool >= 0) losses -= view.sums[view.offset + block.lossPool];
  const cappedCounted: Map<number, number> | null = rec ? new Map() : null;
  for (let k = 0; k < block.capped.length; k++) {
    const it = block.capped[k];
    const item = items[it];
    const s = view.sums[view.offset + item.slot];
    if (s === 0) continue;
    let counted = s > 0 ? s : -s;
    if (counted > item.capPeriod) {
      rec?.line({
        rule: 'cap.item',
        period,
        category,
        section,
        item: item.code,
        before: fromCenti(counted),
        points: fromCenti(item.capPeriod),
        message: itemPeriodCapText(where, item.name, unit, item.capPeriod, counted as Centi),
      });
      counted = item.capPeriod;
    }
    if (item.capYear !== Number.POSITIVE_INFINITY) {
      const remaining = Math.max(0, item.capYear - caps.item[it]);
      if (counted > remaining) {
        rec?.line({
          rule: 'cap.item',
          period,
          category,
          section,
          item: item.code,
          before: fromCenti(counted),
          points: fromCenti(remaining),
          message: itemYearCapText(where, item.name, item.capYear, remaining as Centi, counted as Centi),
        });
        counted = remaining;
      }
      caps.item[it] += counted;
    }
    if (s > 0) gains += counted;
    else losses += counted;
    cappedCounted?.set(it, s > 0 ? counted : -counted);
  }

  if (gains > block.gainCapPeriod) {
    rec?.line({
      rule: 'cap.gain',
      period,
      category,
      section,
      before: fromCenti(gains),
      points: fromCenti(block.gainCapPeriod),
      message: gainPeriodCapText(where, block.name, unit, block.gainCapPeriod, gains as Centi),
    });
    gains = block.gainCapPeriod;
  }
  if (block.gainCapYear !== Number.POSITIVE_INFINITY) {
    const remaining = Math.max(0, block.gainCapYear - caps.gain[b]);
    if (gains > remaining) {
      rec?.line({
        rule: 'cap.gain',
        period,
        category,
        section,
        before: fromCenti(gains),
        points: fromCenti(remaining),
        message: gainYearCapText(where, block.name, block.gainCapYear, remaining as Centi, gains as Centi),
      });
      gains = remaining;
    }
    caps.gain[b] += gains;
  }
  if (losses > block.lossCapPeriod) {
    rec?.line({
      rule: 'cap.loss',
      period,
      category,
      section,
      before: fromCenti(-losses),
      points: fromCenti(-block.lossCapPeriod),
      message: lossPeriodCapText(where, block.name, unit, block.lossCapPeriod, losses as Centi),
    });
    losses = block.lossCapPeriod;
  }
  if (block.lossCapYear !== Number.POSITIVE_INFINITY) {
    const remaining = Math.max(0, block.lossCapYear - caps.loss[b]);
    if (losses > remaining) {
      rec?.line({
        rule: 'cap.loss',
        period,
        category,
        section,
        before: fromCenti(-losses),
        points: fromCenti(-remaining),
        message: lossYearCapText(where, block.name, block.lossCapYear, remaining as Centi, losses as Centi),
      });
      losses = remaining;
    }
    caps.loss[b] += losses;
  }
  let value = block.start + inner + gains - losses;
  if (value < block.floor) {
    rec?.line({
      rule: 'floor',
      period,
      category,
      section,
      before: fromCenti(value),
      points: fromCenti(block.floor),
      message: floorText(where, block.name, block.floor, value as Centi),
    });
    value = block.floor;
  }
  if (value > block.ceiling) {
    rec?.line({
      rule: 'ceiling',
      period,
      category,
      section,
      before: fromCenti(value),
      points: fromCenti(block.ceiling),
      message: ceilingText(where, block.name, block.ceiling, value as Centi),
    });
    value = block.ceiling;
  }
  if (rec && itemView && cappedCounted) {
    const itemScores: ItemScore[] = [];
    for (const it of block.items) {
      const s = itemView.sums[itemView.offset + it];
      if (s === 0) continue;
      itemScores.push({
        code: items[it].code,
        name: items[it].name,
        entries: itemView.counts[itemView.offset + it],
        points: fromCenti(s),
        counted: fromCenti(cappedCounted.get(it) ?? s),
      });
    }
    rec.block(p, b, { code: block.code, name: block.name, start: fromCenti(block.start), points: fromCenti(value), items: itemScores });
  }
  return value;
}

/** A category's value: its sections, then its own items, start, caps, floor and ceiling. */
export function evalCategory(
  t: ScoreTable,
  c: number,
  view: SlotView,
  caps: CapState,
  rec: Recorder | null,
  p: number,
  reviewGain: number,
): number {
  const category = t.compiled.categories[c];
  let inner = 0;
  for (let s = 0; s < category.sectionBlocks.length; s++) {
    inner += evalBlock(t, category.sectionBlocks[s], view, caps, rec, p, 0, 0);
  }
  return evalBlock(t, category.block, view, caps, rec, p, inner, reviewGain);
}

export function matchesMember(when: MemberCondition, member: MemberInput, age: number): boolean {
  if (when.categories && !when.categories.includes(member.category)) return false;
  if (when.statuses && !when.statuses.includes(member.status)) return false;
  if (when.tiers && (member.tier === undefined || !when.tiers.includes(member.tier))) return false;
  if (when.ageAtLeast !== undefined && age < when.ageAtLeast) return false;
  if (when.ageBelow !== undefined && age >= when.ageBelow) return false;
  return true;
}

/** Scratch buffers reused across members. */
export interface Scratch {
  caps: CapState;
  yearSums: Float64Array;
}

export function newScratch(t: ScoreTable): Scratch {
  return { caps: newCapState(t), yearSums: new Float64Array(t.slotCount) };
}

/** Sums a member's slots of year-scope categories over the counted periods up to `last`. */
export function sumYear(t: ScoreTable, m: number, last: number, scratch: Scratch): SlotView {
  const { yearSums } = scratch;
  const { cells, periodCount: P, slotCount: S } = t;
  const slots = t.compiled.yearSlots;
  for (let k = 0; k < slots.length; k++) {
    let sum = 0;
    for (let p = t.firstPeriod, cell = (m * P + t.firstPeriod) * S + slots[k]; p <= last; p++, cell += S) sum += cells[cell];
    yearSums[slots[k]] = sum;
  }
  return { sums: yearSums, offset: 0 };
}

/**
 * Scores one member for the year: periods, year-scope categories, base, total, overflow, veto,
 * stars and the grade before the branch quota. Writes into the table; tells `rec` why.
 */
export function evaluateMember(t: ScoreTable, m: number, scratch: Scratch, rec: Recorder | null): void {
  const { compiled, periodCount: P, slotCount: S, categoryCount: C } = t;
  const scheme = compiled.scheme;
  const member = t.members[m];
  if (t.exempt[m] === 1) return;
  resetCaps(scratch.caps);

  // Periods.
  const view: SlotView = { sums: t.cells, offset: 0 };
  let periodSum = 0;
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    view.offset = (m * P + p) * S;
    let total = 0;
    for (let k = 0; k < compiled.periodCategories.length; k++) {
      const c = compiled.periodCategories[k];
      const v = evalCategory(t, c, view, scratch.caps, rec, p, 0);
      t.categoryValue[(m * P + p) * C + c] = v as Centi;
      total += v;
    }
    t.periodTotal[m * P + p] = total as Centi;
    if (scheme.stars?.perPeriod) t.periodStars[m * P + p] = starsOf(t.starBands, total as Centi);
    periodSum += total;
  }

  // Combine periods into the year.
  const combine = scheme.yearTotal.combine;
  let periodPart: number;
  if (combine.method === 'sum') periodPart = periodSum;
  else if (combine.method === 'average')
    periodPart = t.endPeriod <= t.firstPeriod ? 0 : divideRounded(periodSum, t.endPeriod - t.firstPeriod);
  else periodPart = divideRounded(periodSum, combine.divisor);
  t.periodPart[m] = periodPart as Centi;
  if (rec && compiled.periodCategories.length > 0) {
    const message = combineText(combine, t.endPeriod - t.firstPeriod, periodSum as Centi, periodPart as Centi);
    rec.line({ rule: 'combine', points: fromCenti(periodPart), message });
  }

  // Year-scope categories (bonus ≤ 10 a year, democratic review).
  let yearPart = 0;
  if (compiled.yearCategories.length > 0) {
    const yearView = sumYear(t, m, t.endPeriod - 1, scratch);
    for (const c of compiled.yearCategories) {
      const category = compiled.categories[c];
      let reviewGain = 0;
      if (category.source.review) {
        const mapping = category.source.review;
        const list: ReviewScore[] = [];
        for (const r of t.reviews[m]) {
          reviewGain += r.points;
          list.push({ round: r.round, grade: r.grade, points: fromCenti(r.points) });
          rec?.line({
            rule: 'review',
            category: category.code,
            before: fromCenti(r.raw),
            points: fromCenti(r.points),
            message: reviewText(r.round, mapping.rounds, r.grade, r.raw, mapping.weightPercent, r.points),
          });
        }
        rec?.reviews(c, list);
      }
      const v = evalCategory(t, c, yearView, scratch.caps, rec, -1, reviewGain);
      t.yearCategoryValue[m * C + c] = v as Centi;
      yearPart += v;
    }
  }

  // Base score.
  let base = 0;
  const baseRule = scheme.yearTotal.base;
  if (baseRule.kind === 'fixed') {
    base = toCenti(baseRule.value);
    rec?.line({ rule: 'base', points: fromCenti(base), message: fixedBaseText(base as Centi) });
  } else if (baseRule.kind === 'byTier') {
    const age = ageOn(t.birth[m], t.year * 10_000 + 1231);
    const tier = baseRule.tiers.findIndex((tr) => matchesMember(tr.when, member, age));
    base = toCenti(tier >= 0 ? baseRule.tiers[tier].value : baseRule.otherwise);
    t.baseTier[m] = tier;
    rec?.line({
      rule: 'base',
      points: fromCenti(base),
      message: tierBaseText(tier >= 0 ? baseRule.tiers[tier].name : undefined, age, base as Centi),
    });
  }
  t.base[m] = base as Centi;

  // Total, floor, ceiling and overflow, veto.
  let total = periodPart + yearPart + base;
  const yt = scheme.yearTotal;
  if (yt.floor !== undefined && total < toCenti(yt.floor)) {
    rec?.line({
      rule: 'yearFloor',
      before: fromCenti(total),
      points: yt.floor,
      message: yearFloorText(yt.floor, total as Centi),
    });
    total = toCenti(yt.floor);
  }
  let reward = 0;
  if (yt.ceiling && total > toCenti(yt.ceiling.value)) {
    const ceiling = toCenti(yt.ceiling.value);
    if (yt.ceiling.overflow === 'reward') reward = total - ceiling;
    rec?.line({
      rule: 'overflow',
      before: fromCenti(total),
      points: yt.ceiling.value,
      message: overflowText(yt.ceiling.overflow === 'reward', yt.ceiling.value, total as Centi, ceiling),
    });
    total = ceiling;
  }
  const veto = t.vetoEffect[m];
  if (veto !== 0 && rec) {
    const item = compiled.items[t.vetoItem[m]];
    rec.line({
      rule: 'veto',
      item: item.code,
      before: fromCenti(total),
      points: veto & VETO_ZERO_YEAR ? 0 : fromCenti(total),
      message: vetoText(t.vetoDay[m], item.name, (veto & VETO_ZERO_YEAR) !== 0, (veto & VETO_LOWEST_GRADE) !== 0),
    });
  }
  if (veto & VETO_ZERO_YEAR) {
    total = 0;
    reward = 0;
  }
  t.total[m] = total as Centi;
  t.reward[m] = reward as Centi;

  // Stars.
  if (scheme.stars) {
    const stars = starsOf(t.starBands, total as Centi);
    t.stars[m] = stars;
    rec?.line({
      rule: 'stars',
      points: fromCenti(total),
      message: starsText(total as Centi, stars),
    });
  }

  gradeBeforeQuota(t, m, member, rec);
}

function gradeBeforeQuota(t: ScoreTable, m: number, member: MemberInput, rec: Recorder | null): void {
  const { grading } = t.compiled.scheme;
  t.gradeNote[m] = GradeNote.None;
  t.gradeBeforeQuota[m] = NO_GRADE;
  if (!grading) {
    t.gradeNote[m] = GradeNote.NoGrading;
    return;
  }
  if (!grading.gradedStatuses.includes(member.status)) {
    t.gradeNote[m] = GradeNote.NotGraded;
    rec?.line({ rule: 'grade', message: notGradedText(member.status) });
    return;
  }
  const bands = grading.bands;
  const lowest = bands.length - 1;
  const total = t.total[m];
  let grade: number;
  if (t.vetoEffect[m] & VETO_LOWEST_GRADE) {
    grade = lowest;
    rec?.line({ rule: 'grade', message: vetoGradeText(bands[lowest].name) });
    t.gradeBeforeQuota[m] = grade;
    return;
  }
  if (grading.basis === 'points') {
    grade = gradeBandOf(t.gradeBands, total);
    rec?.line({ rule: 'grade', points: fromCenti(total), message: pointsGradeText(total as Centi, bands[grade].name) });
  } else {
    const reviews = t.reviews[m];
    const latest = reviews[reviews.length - 1];
    if (!latest) {
      t.gradeNote[m] = GradeNote.AwaitingReview;
      rec?.line({ rule: 'grade', message: AWAITING_REVIEW_TEXT });
      return;
    }
    const code = grading.fromReview![latest.grade];
    grade = bands.findIndex((b) => b.code === code);
    rec?.line({ rule: 'grade', message: reviewGradeText(latest.grade, bands[grade].name) });
  }
  grade = applyGradeRules(t, m, member, grade, rec);
  t.gradeBeforeQuota[m] = grade;
}

/** Moves a grade down while the member fails a rule for it (000: 在职党员少于三星不能评优秀). */
function applyGradeRules(t: ScoreTable, m: number, member: MemberInput, grade: number, rec: Recorder | null): number {
  const { grading, gradeRules } = t.compiled.scheme;
  const bands = grading!.bands;
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of gradeRules) {
      if (bands[grade].code !== rule.grade) continue;
      let fails = false;
      let why = '';
      if (rule.kind === 'minStars') {
        if (rule.categories && !rule.categories.includes(member.category)) continue;
        const stars = Math.max(0, t.stars[m]);
        fails = stars < rule.minStars;
        why = tooFewStarsText(rule.categories !== undefined, rule.minStars, stars);
      } else {
        for (let p = t.firstPeriod; p < t.endPeriod; p++) {
          const s = Math.max(0, t.periodStars[m * t.periodCount + p]);
          if (s < rule.minStars) {
            fails = true;
            why = tooFewPeriodStarsText(t.periodLabels[p], s, rule.minStars);
            break;
          }
        }
      }
      if (fails) {
        rec?.line({ rule: 'gradeRule', message: gradeRuleText(why, bands[grade].name, bands[grade + 1].name) });
        grade++;
        changed = true;
      }
    }
  }
  return grade;
}
