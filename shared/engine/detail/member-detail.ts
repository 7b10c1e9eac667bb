import { asCenti, Centi, CentiFloatArray, fromCenti } from '../../points';
import { NO_GRADE } from '../compile/bands';
import { VETO_ZERO_YEAR } from '../compile/compiled-scheme';
import { basePoints, entryResolver, multiplied, spreadPeriods } from '../evaluate/accumulate';
import { evaluateCategory } from '../evaluate/block-values';
import { evaluateMember } from '../evaluate/evaluate-member';
import { evaluationContext, ItemView, newScratch, readYear, Recorder, resetCaps, Scratch } from '../evaluate/evaluation-context';
import { escalationStep, finalizeMember, warningHits } from '../finalize/finalize-member';
import type { BlockScore, CategoryScore, MemberScore, PeriodScore, ReviewScore, WarningHit } from '../result.types';
import { GradeNote, ScoreTable } from '../table/score-table';
import type { TraceLine } from '../trace';
import { blockRuleText, everyText, reversalText, spreadText } from '../trace-wording';

/** Entry indexes grouped by member (counting sort), built once per table for explained details. */
function entriesByMember(t: ScoreTable): { start: Int32Array; order: Int32Array } {
  if (t.entriesByMember) return t.entriesByMember;
  const entries = t.entries;
  const n = entries ? entries.length : 0;
  const start = new Int32Array(t.memberCount + 1);
  for (let e = 0; e < n; e++) start[entries!.member[e] + 1]++;
  for (let m = 0; m < t.memberCount; m++) start[m + 1] += start[m];
  const next = start.slice(0, t.memberCount);
  const order = new Int32Array(n);
  for (let e = 0; e < n; e++) order[next[entries!.member[e]]++] = e;
  t.entriesByMember = { start, order };
  return t.entriesByMember;
}

/** An entry that counts in each month of its quarter, for the trace. */
interface SpreadEntry {
  day: number;
  item: number;
  period: number;
  points: number;
}

/** Why months got points from an entry dated in another month: one line per such entry, in date order. */
function spreadLines(t: ScoreTable, spread: SpreadEntry[]): TraceLine[] {
  spread.sort((a, b) => a.day - b.day || a.item - b.item || a.points - b.points);
  const range = new Int32Array(2);
  return spread.map((s) => {
    const item = t.compiled.items[s.item];
    const start = s.period - (s.period % item.spread);
    spreadPeriods(s.period, item.spread, t.firstPeriod, t.endPeriod, range);
    const labels = (from: number, to: number) => t.periodLabels.slice(from, to);
    const message = spreadText(
      s.day,
      item.name,
      asCenti(s.points),
      labels(range[0], range[1]),
      range[0] > start ? { labels: labels(start, range[0]), from: t.fromInt } : null,
      range[1] < start + item.spread ? { labels: labels(range[1], start + item.spread), asOf: t.asOf } : null,
    );
    return {
      rule: 'spread',
      period: t.periodKeys[s.period],
      category: t.compiled.categories[item.category].code,
      section: t.compiled.blocks[item.block].section >= 0 ? t.compiled.blocks[item.block].code : undefined,
      item: item.code,
      points: fromCenti(s.points),
      message,
    };
  });
}

/**
 * One member's item-level sums per period (and for the year), from their entries: for the explanation.
 * Counts what accumulate() counts, entry by entry, and lists the entries that count in other months too.
 */
function memberItemViews(t: ScoreTable, m: number): { period: ItemView[]; year: ItemView; spread: SpreadEntry[] } {
  const { periodCount: P, itemCount: I } = t;
  const sums = new Float64Array(P * I);
  const counts = new Float64Array(P * I);
  const raw = new Float64Array(P * I);
  const spreadIn = new Float64Array(P * I);
  const spread: SpreadEntry[] = [];
  const entries = t.entries;
  if (entries) {
    const r = entryResolver(t);
    const { start, order } = entriesByMember(t);
    const range = new Int32Array(2);
    for (let k = start[m]; k < start[m + 1]; k++) {
      const e = order[k];
      const d = entries.day[e];
      if (d > t.asOfInt || d < t.fromInt) continue;
      const it = entries.item[e];
      const base = basePoints(r, entries, e, it);
      if (base !== base) continue; // a veto carries no points
      const points = multiplied(r, m, d, it, base);
      const own = entries.period[e];
      if (r.spread[it] === 0) {
        range[0] = own;
        range[1] = own + 1;
      } else {
        spreadPeriods(own, r.spread[it], t.firstPeriod, t.endPeriod, range);
        spread.push({ day: d, item: it, period: own, points });
      }
      for (let p = range[0]; p < range[1]; p++) {
        const cell = p * I + it;
        sums[cell] += points;
        counts[cell]++;
        raw[cell] += base;
        if (p !== own) spreadIn[cell]++;
      }
    }
  }
  const yearSums = new Float64Array(I);
  const yearCounts = new Float64Array(I);
  const yearRaw = new Float64Array(I);
  const yearSpreadIn = new Float64Array(I);
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    for (let it = 0; it < I; it++) {
      yearSums[it] += sums[p * I + it];
      yearCounts[it] += counts[p * I + it];
      yearRaw[it] += raw[p * I + it];
      yearSpreadIn[it] += spreadIn[p * I + it];
    }
  }
  return {
    period: Array.from({ length: P }, (_, p) => ({
      sums: sums as CentiFloatArray,
      counts,
      raw: raw as CentiFloatArray,
      spreadIn,
      offset: p * I,
    })),
    year: { sums: yearSums as CentiFloatArray, counts: yearCounts, raw: yearRaw as CentiFloatArray, spreadIn: yearSpreadIn, offset: 0 },
    spread,
  };
}

class DetailRecorder implements Recorder {
  readonly lines: TraceLine[] = [];
  /** period (−1 = year) → block index → score */
  readonly blocks = new Map<number, Map<number, BlockScore>>();
  readonly reviewsByCategory = new Map<number, ReviewScore[]>();

  constructor(private readonly views: { period: ItemView[]; year: ItemView }) {}

  line(line: TraceLine): void {
    this.lines.push(line);
  }

  block(period: number, block: number, score: BlockScore): void {
    let map = this.blocks.get(period);
    if (!map) this.blocks.set(period, (map = new Map()));
    map.set(block, score);
  }

  reviews(category: number, reviews: ReviewScore[]): void {
    this.reviewsByCategory.set(category, reviews);
  }

  itemView(period: number): ItemView {
    return period < 0 ? this.views.year : this.views.period[period];
  }
}

/** The rules each block applies in every period, stated once at the top of the trace. */
function blockRuleLines(t: ScoreTable): TraceLine[] {
  const lines: TraceLine[] = [];
  for (const block of t.compiled.blocks) {
    if (block.start === 0) continue;
    const category = t.compiled.categories[block.category];
    const every = everyText(category.scope, t.compiled.scheme.period);
    const floor = block.floor === Number.NEGATIVE_INFINITY ? null : block.floor;
    lines.push({
      rule: 'block',
      category: category.code,
      section: block.section >= 0 ? block.code : undefined,
      points: fromCenti(block.start),
      message: blockRuleText(block.name, every, block.start, floor),
    });
  }
  return lines;
}

function categoryScore(t: ScoreTable, rec: DetailRecorder, period: number, c: number): CategoryScore {
  const category = t.compiled.categories[c];
  const blocks = rec.blocks.get(period);
  const own = blocks?.get(category.block);
  const empty = (b: number): BlockScore => {
    const block = t.compiled.blocks[b];
    return { code: block.code, name: block.name, start: fromCenti(block.start), points: 0, items: [] };
  };
  return {
    ...(own ?? empty(category.block)),
    group: category.group,
    sections: category.sectionBlocks.map((b) => blocks?.get(b) ?? empty(b)),
    reviews: period === -1 ? (rec.reviewsByCategory.get(c) ?? []) : [],
  };
}

/** How much of each year-scope category each period contributed (cumulative, so year caps apply in date order). */
function yearScopedByPeriod(t: ScoreTable, m: number, scratch: Scratch): number[][] {
  const result: number[][] = [];
  const ctx = evaluationContext(t, { capTotals: newScratch(t).capTotals, yearSums: scratch.yearSums }, null);
  ctx.member = m;
  ctx.sums = new Float64Array(t.slotCount) as CentiFloatArray;
  const previous = t.compiled.yearCategories.map((c) => {
    resetCaps(ctx);
    return evaluateCategory(ctx, c, 0 as Centi);
  });
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    readYear(ctx, p);
    result.push(
      t.compiled.yearCategories.map((c, k) => {
        resetCaps(ctx);
        const value = evaluateCategory(ctx, c, 0 as Centi);
        const delta = value - previous[k];
        previous[k] = value;
        return delta;
      }),
    );
  }
  return result;
}

/** A member's full explained result. Runs the same evaluation as bulk scoring, with a recorder. */
export function memberDetail(t: ScoreTable, m: number, scratch: Scratch): MemberScore {
  const member = t.members[m];
  const { scheme } = t.compiled;
  const views = memberItemViews(t, m);
  const rec = new DetailRecorder(views);
  for (const line of blockRuleLines(t)) rec.line(line);
  for (const r of t.reversals.filter((x) => x.member === m)) {
    const item = t.compiled.items[t.compiled.itemIndex.get(r.item)!];
    rec.line({
      rule: 'reversal',
      item: r.item,
      message: reversalText(r.date, item.name, r.entry, r.by, item.spread > 0),
    });
  }
  for (const line of spreadLines(t, views.spread)) rec.line(line);
  evaluateMember(evaluationContext(t, scratch, rec), m);
  finalizeMember(t, m, rec);

  const yearScoped = yearScopedByPeriod(t, m, scratch);
  const hits = warningHits(t, m);
  const warningsOf = (period: number): WarningHit[] =>
    hits
      .filter((h) => h.period === period)
      .map(({ warning }) => ({
        code: warning.code,
        name: warning.name,
        action: warning.action,
        ...(period >= 0 ? { period: t.periodKeys[period] } : {}),
      }));

  const periods: PeriodScore[] = [];
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    const key = t.periodKeys[p];
    periods.push({
      period: key,
      label: t.periodLabels[p],
      total: fromCenti(t.periodTotal[m * t.periodCount + p]),
      stars: scheme.stars?.perPeriod ? Math.max(0, t.periodStars[m * t.periodCount + p]) : null,
      categories: t.compiled.periodCategories.map((c) => categoryScore(t, rec, p, c)),
      yearScoped: t.compiled.yearCategories.map((c, k) => ({
        code: t.compiled.categories[c].code,
        name: t.compiled.categories[c].name,
        points: fromCenti(yearScoped[p - t.firstPeriod][k]),
      })),
      warnings: warningsOf(p),
    });
  }

  const bands = scheme.grading?.bands;
  const grade = t.grade[m];
  const vetoItem = t.vetoItem[m];
  const d = t.vetoDay[m];
  const effect = t.vetoEffect[m];
  const periodWarnings = periods.flatMap((p) => p.warnings);
  return {
    id: member.id,
    name: member.name,
    status: member.status,
    category: member.category,
    ...(member.tier !== undefined ? { tier: member.tier } : {}),
    ...(member.branch !== undefined ? { branch: member.branch } : {}),
    periods,
    periodPart: fromCenti(t.periodPart[m]),
    yearCategories: t.compiled.yearCategories.map((c) => categoryScore(t, rec, -1, c)),
    base: fromCenti(t.base[m]),
    total: fromCenti(t.total[m]),
    reward: fromCenti(t.reward[m]),
    stars: scheme.stars ? Math.max(0, t.stars[m]) : null,
    grade: grade === NO_GRADE || !bands ? null : { code: bands[grade].code, name: bands[grade].name },
    gradeNote: ([null, 'notGraded', 'awaitingReview', 'noGrading'] as const)[t.gradeNote[m] as GradeNote],
    warnings: [...warningsOf(-1), ...periodWarnings],
    flags: scheme.probation.flags.filter((_, k) => (t.flagMask[m] & (1 << k)) !== 0).map((f) => ({ code: f.code, name: f.name })),
    escalation: escalationStep(t, m),
    veto:
      vetoItem < 0
        ? null
        : {
            item: t.compiled.items[vetoItem].code,
            name: t.compiled.items[vetoItem].name,
            date: `${Math.floor(d / 10_000)}-${String(Math.floor(d / 100) % 100).padStart(2, '0')}-${String(d % 100).padStart(2, '0')}`,
            effect: effect & VETO_ZERO_YEAR ? 'zeroYear' : 'lowestGrade',
          },
    rank: t.rank[m] === 0 ? null : t.rank[m],
    trace: rec.lines,
  };
}
