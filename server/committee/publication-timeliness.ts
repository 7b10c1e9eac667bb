import { PUBLISH_DUE_DAYS } from '../../shared/contracts/home/committee-summary.schema';
import { addDays, LocalDate, localDateOf, periodsOfYear } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';
import type { PublicationMoment } from '../publications/publication-repository';

export type PublicationState = 'onTime' | 'late' | 'missing' | 'due';

export interface PublicationFigures {
  ended: number;
  onTime: number;
  late: number;
  missing: number;
  due: number;
  open: number;
  closed: number;
  problems: { period: string; label: string; state: PublicationState }[];
}

interface PublishedPeriod {
  key: string;
  label: string;
  end: LocalDate;
}

/** The periods a scheme publishes in a year (公示: monthly, quarterly, yearly), each with its last day. */
function publishedPeriodsOf(scheme: Scheme, year: number): PublishedPeriod[] {
  return scheme.workflow.publications.flatMap((settings) =>
    settings.every === 'year'
      ? [{ key: String(year), label: `${year}年度`, end: `${year}-12-31` }]
      : periodsOfYear(settings.every, year).map((p) => ({ key: p.key, label: p.label, end: p.end })),
  );
}

/**
 * How a branch's publications of the year stand on `today`: every period the scheme publishes that has
 * ended (and ends on or after the branch's scoring start) is on time when published within
 * PUBLISH_DUE_DAYS days after its last day, late when published after, missing when that time has
 * passed without a publication, and due while it has not. Publications count as open while their window
 * runs and closed after (final once no appeal is open: the branch's next board read or finalizePublication
 * freezes them).
 */
export function publicationTimeliness(
  scheme: Scheme,
  year: number,
  scoringFrom: LocalDate,
  published: readonly PublicationMoment[],
  now: Date,
): PublicationFigures {
  const today = localDateOf(now);
  const byPeriod = new Map(published.map((p) => [p.period, p]));
  const figures: PublicationFigures = { ended: 0, onTime: 0, late: 0, missing: 0, due: 0, open: 0, closed: 0, problems: [] };
  for (const period of publishedPeriodsOf(scheme, year)) {
    if (period.end >= today || period.end < scoringFrom) continue;
    figures.ended += 1;
    const dueBy = addDays(period.end, PUBLISH_DUE_DAYS);
    const publication = byPeriod.get(period.key);
    const state: PublicationState = publication
      ? localDateOf(publication.publishedAt) <= dueBy
        ? 'onTime'
        : 'late'
      : today > dueBy
        ? 'missing'
        : 'due';
    figures[state] += 1;
    if (state === 'missing' || state === 'late') figures.problems.push({ period: period.key, label: period.label, state });
  }
  for (const publication of published) figures[publication.windowEndsAt >= now ? 'open' : 'closed'] += 1;
  figures.problems.sort((a, b) => a.period.localeCompare(b.period));
  return figures;
}
