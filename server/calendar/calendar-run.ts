import { localDateOf, yearOf } from '../../shared/period';
import { notifyAppealsOverdue, notifyPublicationDue, NotifyContext } from '../notices/notify';
import type { AppealDoc } from '../publications/appeal.doc';
import type { Repositories } from '../repositories';
import { loadBranchYear } from '../schemes/branch-year';
import { draftOfPeriod } from './draft-period';
import { draftYearOf, duePeriodKeys, isDraftingDay } from './due-periods';
import { openedYear } from './year-opening';

/** What one run of the timer needs: every repository, the notifier, the time, and the trigger that fired. */
export interface CalendarContext extends NotifyContext {
  repos: Repositories;
  trigger: string;
}

/** What a run did, for the function's log. */
export interface CalendarSummary {
  date: string;
  /** Branch-years opened (`branchId:year`). */
  yearsOpened: string[];
  /** Publication drafts written (`branchId:period`). */
  drafted: string[];
  /** Secretaries' messages sent about drafts and overdue appeals (not counting those without a subscription). */
  reminders: number;
  /** Appeals newly found past their answer limit. */
  overdueAppeals: number;
  /** What failed, by branch (the rest of the run went on). */
  errors: string[];
}

/** Branches handled at once. */
const PARALLEL_BRANCHES = 4;

async function eachBranch(branchIds: readonly string[], errors: string[], work: (branchId: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < branchIds.length; i += PARALLEL_BRANCHES) {
    await Promise.all(
      branchIds.slice(i, i + PARALLEL_BRANCHES).map(async (branchId) => {
        try {
          await work(branchId);
        } catch (error) {
          console.error(`[timers] branch ${branchId} failed`, error);
          errors.push(`${branchId}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
  }
}

/**
 * The daily timer's work (cloudfunctions/timers), each part safe to run twice — by a timer fired twice,
 * or a retried run:
 * - a branch with last year's scheme and none for this year gets this year opened (year-opening.ts);
 * - on the first days of a month, each branch's periods that just ended are drafted (a stored record per
 *   branch and period, written once) and the secretaries reminded when the draft is written;
 * - appeals past their answer limit are marked once and the branch's secretaries told once.
 */
export async function runCalendar(ctx: CalendarContext): Promise<CalendarSummary> {
  const today = localDateOf(ctx.now);
  const summary: CalendarSummary = { date: today, yearsOpened: [], drafted: [], reminders: 0, overdueAppeals: 0, errors: [] };
  await openYears(ctx, yearOf(today), summary);
  await draftPeriods(ctx, today, summary);
  await remindOverdueAppeals(ctx, summary);
  return summary;
}

async function openYears(ctx: CalendarContext, year: number, summary: CalendarSummary): Promise<void> {
  const [previous, current] = await Promise.all([
    ctx.repos.branchYears.branchIdsOfYear(year - 1),
    ctx.repos.branchYears.branchIdsOfYear(year),
  ]);
  const have = new Set(current);
  await eachBranch(
    previous.filter((b) => !have.has(b)),
    summary.errors,
    async (branchId) => {
      const last = await ctx.repos.branchYears.of(branchId, year - 1);
      if (last && (await ctx.repos.branchYears.openIfAbsent(openedYear(last, ctx.now)))) summary.yearsOpened.push(`${branchId}:${year}`);
    },
  );
}

async function draftPeriods(ctx: CalendarContext, today: string, summary: CalendarSummary): Promise<void> {
  if (!isDraftingDay(today)) return;
  const year = draftYearOf(today);
  const branchIds = await ctx.repos.branchYears.branchIdsOfYear(year);
  await eachBranch(branchIds, summary.errors, async (branchId) => {
    const branchYear = await loadBranchYear(ctx.repos, branchId, year);
    const keys = duePeriodKeys(
      branchYear.scheme.workflow.publications.map((p) => p.every),
      today,
    ).filter((key) => key.startsWith(String(year)));
    const drafted = await ctx.repos.publicationDrafts.existing(keys.map((key) => `${branchId}:${key}`));
    for (const key of keys) {
      const id = `${branchId}:${key}`;
      if (drafted.has(id) || (await ctx.repos.publications.byId(id))) continue;
      const draft = await draftOfPeriod(ctx.repos, branchYear, key, { now: ctx.now, trigger: ctx.trigger });
      if (!draft || !(await ctx.repos.publicationDrafts.insert(draft))) continue;
      summary.drafted.push(id);
      summary.reminders += (await notifyPublicationDue(ctx, draft)).sent;
    }
  });
}

async function remindOverdueAppeals(ctx: CalendarContext, summary: CalendarSummary): Promise<void> {
  const overdue = await ctx.repos.appeals.overdueOpen(ctx.now);
  if (overdue.length === 0) return;
  const markOf = (appeal: AppealDoc) => `appealOverdue:${appeal._id}`;
  const marked = await ctx.repos.noticeMarks.existing(overdue.map(markOf));
  const fresh: AppealDoc[] = [];
  for (const appeal of overdue.filter((a) => !marked.has(markOf(a))))
    if (await ctx.repos.noticeMarks.mark({ _id: markOf(appeal), at: ctx.now })) fresh.push(appeal);
  summary.overdueAppeals = fresh.length;
  const byBranch = new Map<string, AppealDoc[]>();
  for (const appeal of fresh) byBranch.set(appeal.branchId, [...(byBranch.get(appeal.branchId) ?? []), appeal]);
  await eachBranch([...byBranch.keys()], summary.errors, async (branchId) => {
    summary.reminders += (await notifyAppealsOverdue(ctx, byBranch.get(branchId) ?? [])).sent;
  });
}
