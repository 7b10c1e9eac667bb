import { yearTotalRuleOf } from './year-total-rule';
import type { z } from 'zod';
import type { memberHome } from '../../shared/contracts/home/member-home.schema';
import { BranchScore, CategoryScore, scoreBranch } from '../../shared/engine';
import { entryInputOf } from '../ledger/scoring-entry';
import { memberInputOf } from '../members/member-input';
import { LocalDate, localDateToInt, periodOf, yearOf } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';
import { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import { MemberDoc } from '../members/member.doc';
import { scoringFromOf } from '../schemes/scheme.doc';
import type { BranchYear } from '../schemes/branch-year';

type MemberHome = z.input<(typeof memberHome)['response']>;
export type MemberScorePart = Omit<MemberHome, 'member' | 'pendingReports'>;

/** The scheme without the branch quota: one member's preview must not be cut by a quota of one. */
const previews = new WeakMap<Scheme, Scheme>();
function previewScheme(scheme: Scheme): Scheme {
  let preview = previews.get(scheme);
  if (!preview) previews.set(scheme, (preview = { ...scheme, quota: undefined }));
  return preview;
}

function categoryPoints(category: CategoryScore) {
  return {
    code: category.code,
    name: category.name,
    scope: 'period' as const,
    start: category.start + category.sections.reduce((sum, s) => sum + s.start, 0),
    points: category.points,
    items: [...category.items, ...category.sections.flatMap((s) => s.items)].map((i) => ({
      code: i.code,
      name: i.name,
      entries: i.entries,
      points: i.points,
      counted: i.counted,
    })),
  };
}

/**
 * One member's points for the year so far, computed by the scoring core from their ledger lines:
 * the current period with its breakdown, every counted period, the year total, stars, the grade
 * BEFORE the branch quota (a preview), warnings and a veto. Pure.
 */
export function scoreMemberHome(branchYear: BranchYear, member: MemberDoc, entries: LedgerEntryDoc[], today: LocalDate): MemberScorePart {
  const scheme = branchYear.scheme;
  const year = yearOf(today);
  const scoringFrom = scoringFromOf(branchYear.doc);
  const base = {
    year,
    asOf: today,
    scheme: { id: scheme.id, version: scheme.version, name: scheme.name, periodUnit: scheme.period },
    scoringFrom,
    yearTotalRule: yearTotalRuleOf(scheme),
    gradePreviewIgnoresQuota: true as const,
  };
  const empty = {
    currentPeriod: null,
    periods: [],
    yearCategories: [],
    yearTotal: 0,
    stars: null,
    gradePreview: null,
    gradeNote: null,
    warnings: [],
    veto: null,
  };
  // The committee set the branch's start ahead: nothing counts yet (the core refuses a window that ends before it starts).
  if (localDateToInt(today) < localDateToInt(scoringFrom))
    return { ...base, exempt: member.exempt !== null, scoringStarted: false, ...empty };
  const result: BranchScore = scoreBranch(previewScheme(scheme), {
    year,
    asOf: today,
    from: scoringFrom,
    members: [memberInputOf(member)],
    entries: entries.map(entryInputOf),
    reviews: [],
    history: [],
  });
  const score = result.members[0];
  if (!score) return { ...base, exempt: true, scoringStarted: true, ...empty };
  const currentKey = periodOf(scheme.period, today).key;
  const counted = new Set(result.countedPeriods);
  const total = (p: (typeof score.periods)[number]) => ({ key: p.period, label: p.label, total: p.total, stars: p.stars });
  const current = score.periods.find((p) => p.period === currentKey);
  return {
    ...base,
    exempt: false,
    scoringStarted: true,
    currentPeriod: current
      ? {
          ...total(current),
          categories: [
            ...current.categories.map(categoryPoints),
            ...current.yearScoped.map((y) => ({
              code: y.code,
              name: y.name,
              scope: 'year' as const,
              start: 0,
              points: y.points,
              items: [],
            })),
          ],
        }
      : null,
    periods: score.periods.filter((p) => counted.has(p.period)).map(total),
    yearCategories: score.yearCategories.map((c) => ({ ...categoryPoints(c), scope: 'year' as const })),
    yearTotal: score.total,
    stars: score.stars,
    gradePreview: score.grade,
    gradeNote: score.gradeNote,
    warnings: score.warnings.map((w) => ({ code: w.code, name: w.name, action: w.action, period: w.period ?? null })),
    veto: score.veto ? { itemCode: score.veto.item, name: score.veto.name, date: score.veto.date } : null,
  };
}
