import { parsePeriodKey, periodOf, periodsOfYear } from '../../shared/period';
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
