import { addDays, parsePeriodKey, periodOf, periodsOfYear, yearOf, type LocalDate } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';
import { invalidField } from '../errors/domain-error';
import type { PublicationKind } from './publication.doc';

/** What a publication covers: its key, kind, label, dates, and the scoring periods inside them. */
export interface PublicationPeriod {
  key: string;
  kind: PublicationKind;
  label: string;
  year: number;
  from: string;
  to: string;
  scoringPeriods: string[];
}

/** The publication settings of the scheme for one kind of period (公示: monthly, quarterly, yearly). */
export type PublicationSettings = Scheme['workflow']['publications'][number];

function periodByKey(key: string): PublicationPeriod | null {
  if (/^\d{4}$/.test(key)) {
    const year = Number(key);
    return { key, kind: 'year', label: `${year}年度`, year, from: `${year}-01-01`, to: `${year}-12-31`, scoringPeriods: [] };
  }
  const period = parsePeriodKey(key);
  if (!period) return null;
  return { key, kind: period.unit, label: period.label, year: period.year, from: period.start, to: period.end, scoringPeriods: [] };
}

/**
 * The period a publication covers, as the branch's scheme publishes it: '2026-03' (month), '2026-Q1'
 * (quarter) or '2026' (year), with the scheme's scoring periods inside it; VALIDATION on `period` when the
 * key is not one, or the scheme publishes no such period.
 */
export function publicationPeriodOf(scheme: Scheme, key: string): { period: PublicationPeriod; settings: PublicationSettings } {
  const period = periodByKey(key);
  if (!period) throw invalidField('period', '应写作 2026-03（月）、2026-Q1（季度）或 2026（年度）');
  const settings = scheme.workflow.publications.find((p) => p.every === period.kind);
  if (!settings) {
    const kinds = scheme.workflow.publications.map((p) => ({ month: '按月', quarter: '按季度', year: '按年度' })[p.every]).join('、');
    throw invalidField('period', `本支部的积分方案${kinds}公示，没有这种公示期`);
  }
  const scoringPeriods = periodsOfYear(scheme.period, period.year)
    .filter((p) => p.start <= period.to && p.end >= period.from)
    .map((p) => p.key);
  return {
    period: { ...period, scoringPeriods: scoringPeriods.length > 0 ? scoringPeriods : [periodOf(scheme.period, period.from).key] },
    settings,
  };
}

/** A period the branch may draft: of a kind its scheme publishes, started by today; `over` once it has ended. */
export interface PublicationChoice {
  key: string;
  kind: PublicationKind;
  label: string;
  over: boolean;
}

const KIND_ORDER: Record<PublicationKind, number> = { month: 0, quarter: 1, year: 2 };
const byYearLast = (p: PublicationPeriod) => (p.kind === 'year' ? 1 : 0);

/** Without a year: the year of last month (in January, December's year: the period a branch publishes then). */
export const draftYearOf = (today: LocalDate): number => yearOf(addDays(periodOf('month', today).start, -1));

/**
 * The periods of `year` a branch may draft: every period of each kind the scheme publishes that has started
 * by `today`, months and quarters newest first (a month before the quarter that ends with it), the year last.
 */
export function publicationChoices(scheme: Scheme, year: number, today: LocalDate): PublicationChoice[] {
  const kinds = scheme.workflow.publications.map((p) => p.every);
  const periods = kinds.flatMap((kind) =>
    kind === 'year' ? [periodByKey(String(year))!] : periodsOfYear(kind, year).map((p) => periodByKey(p.key)!),
  );
  return periods
    .filter((p) => p.from <= today)
    .sort((a, b) => byYearLast(a) - byYearLast(b) || (a.to === b.to ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] : a.to < b.to ? 1 : -1))
    .map((p) => ({ key: p.key, kind: p.kind, label: p.label, over: p.to < today }));
}

/**
 * The period to draft when the secretary has not picked one: the latest month or quarter that has ended,
 * else the latest period that has ended (the year), else the latest started, else the year's first.
 */
export function defaultPublicationKey(scheme: Scheme, year: number, choices: readonly PublicationChoice[]): string {
  const chosen = choices.find((c) => c.over && c.kind !== 'year') ?? choices.find((c) => c.over) ?? choices[0];
  if (chosen) return chosen.key;
  const kind = scheme.workflow.publications[0]?.every ?? 'year';
  return kind === 'year' ? String(year) : periodsOfYear(kind, year)[0].key;
}
