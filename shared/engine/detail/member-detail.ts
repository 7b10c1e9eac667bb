import { fromCenti } from '../../points';
import { NO_GRADE } from '../compile/bands';
import { VETO_ZERO_YEAR } from '../compile/compiled-scheme';
import { evaluateMember } from '../evaluate/evaluate-member';
import { evaluationContext, Scratch } from '../evaluate/evaluation-context';
import { escalationStep, finalizeMember, warningHits } from '../finalize/finalize-member';
import type { WarningHitAt } from '../finalize/warnings';
import type { BlockScore, CategoryScore, MemberScore, PeriodScore, WarningHit } from '../result.types';
import { GradeNote, ScoreTable } from '../table/score-table';
import { dateText } from '../trace-wording';
import { DetailRecorder } from './detail-recorder';
import { memberItemViews } from './item-views';
import { blockRuleLines, pledgeLines, reversalLines, thresholdLines } from './opening-lines';
import { spreadLines } from './spread-lines';
import { yearScopedByPeriod } from './year-scoped-by-period';

/**
 * A member's full explained result. Runs the same evaluation as bulk scoring, with a recorder: the
 * trace opens with the blocks' rules, the member's pledge (where items are judged against it), their
 * reversals and entries counted in other months, then follows the evaluation and what comes after the
 * quota.
 */
export function memberDetail(t: ScoreTable, m: number, scratch: Scratch): MemberScore {
  const member = t.members[m];
  const { scheme } = t.compiled;
  const views = memberItemViews(t, m);
  const rec = new DetailRecorder(views);
  for (const line of blockRuleLines(t)) rec.line(line);
  for (const line of pledgeLines(t, m)) rec.line(line);
  for (const line of reversalLines(t, m)) rec.line(line);
  for (const line of thresholdLines(t, m)) rec.line(line);
  for (const line of spreadLines(t, views.spread)) rec.line(line);
  evaluateMember(evaluationContext(t, scratch, rec), m);
  finalizeMember(t, m, rec);

  const hits = warningHits(t, m);
  const periods = periodScores(t, m, rec, scratch, hits);
  const bands = scheme.grading?.bands;
  const grade = t.grade[m];
  const vetoItem = t.vetoItem[m];
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
    warnings: [...warningsIn(t, hits, -1), ...periods.flatMap((p) => p.warnings)],
    flags: scheme.probation.flags.filter((_, k) => (t.flagMask[m] & (1 << k)) !== 0).map((f) => ({ code: f.code, name: f.name })),
    escalation: escalationStep(t, m),
    veto:
      vetoItem < 0
        ? null
        : {
            item: t.compiled.items[vetoItem].code,
            name: t.compiled.items[vetoItem].name,
            date: dateText(t.vetoDay[m]),
            effect: t.vetoEffect[m] & VETO_ZERO_YEAR ? 'zeroYear' : 'lowestGrade',
          },
    rank: t.rank[m] === 0 ? null : t.rank[m],
    trace: rec.lines,
  };
}

/** Each counted period: its total, stars, categories, what it added to year-scope categories, its warnings. */
function periodScores(t: ScoreTable, m: number, rec: DetailRecorder, scratch: Scratch, hits: WarningHitAt[]): PeriodScore[] {
  const { compiled } = t;
  const yearScoped = yearScopedByPeriod(t, m, scratch);
  const periods: PeriodScore[] = [];
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    periods.push({
      period: t.periodKeys[p],
      label: t.periodLabels[p],
      total: fromCenti(t.periodTotal[m * t.periodCount + p]),
      stars: compiled.scheme.stars?.perPeriod ? Math.max(0, t.periodStars[m * t.periodCount + p]) : null,
      categories: compiled.periodCategories.map((c) => categoryScore(t, rec, p, c)),
      yearScoped: compiled.yearCategories.map((c, k) => ({
        code: compiled.categories[c].code,
        name: compiled.categories[c].name,
        points: fromCenti(yearScoped[p - t.firstPeriod][k]),
      })),
      warnings: warningsIn(t, hits, p),
    });
  }
  return periods;
}

/** Of a member's warnings, those of period p (−1: the yearly ones). */
function warningsIn(t: ScoreTable, hits: WarningHitAt[], period: number): WarningHit[] {
  return hits
    .filter((h) => h.period === period)
    .map(({ warning }) => ({
      code: warning.code,
      name: warning.name,
      action: warning.action,
      ...(period >= 0 ? { period: t.periodKeys[period] } : {}),
    }));
}

/** A category's score in period p (−1: the year) as the evaluation recorded it, with its sections and reviews. */
function categoryScore(t: ScoreTable, rec: DetailRecorder, period: number, c: number): CategoryScore {
  const category = t.compiled.categories[c];
  const blocks = rec.blocks.get(period);
  const own = blocks?.get(category.block);
  const empty = (b: number): BlockScore => {
    const block = t.compiled.blocks[b];
    return { code: block.code, name: block.name, start: fromCenti(block.start), points: 0, items: [] };
  };
  const block = own ?? empty(category.block);
  // Field by field rather than by spreading the block: spreading is most of the cost of a breakdown.
  return {
    code: block.code,
    name: block.name,
    start: block.start,
    points: block.points,
    items: block.items,
    group: category.group,
    sections: category.sectionBlocks.map((b) => blocks?.get(b) ?? empty(b)),
    reviews: period === -1 ? (rec.reviewsByCategory.get(c) ?? []) : [],
  };
}
