import { z } from 'zod';
import { periodOf } from '../../shared/period';
import type { LocalDate } from '../../shared/period';
import type { Database } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';

const PAGE = 1000;

/**
 * The keys the current period may have in storage: a branch-year's reports and ledger lines all use
 * its scheme's unit, so matching both the month's and the quarter's key finds them without first
 * reading the branch-year (the queries run alongside it).
 */
export const currentPeriodKeys = (today: LocalDate) => [periodOf('month', today).key, periodOf('quarter', today).key];

const ScoredMember = z.object({ _id: z.string(), name: z.string(), exempt: z.unknown().optional() });

/** The branch's active members under points management (id and name only): one request per 1000. */
export async function scoredMembersOf(db: Database, branchId: string): Promise<{ memberId: string; name: string }[]> {
  const all: { memberId: string; name: string; exempt: boolean }[] = [];
  for (let fetched = 0; ;) {
    const page = await db
      .collection(COLLECTIONS.members)
      .where({ branchId, active: true })
      .field({ name: true, exempt: true })
      .orderBy('_id', 'asc')
      .skip(fetched)
      .limit(PAGE)
      .get();
    for (const d of page.data) {
      const m = ScoredMember.parse(d);
      all.push({ memberId: m._id, name: m.name, exempt: m.exempt !== null && m.exempt !== undefined });
    }
    fetched += page.data.length;
    if (page.data.length < PAGE) break;
  }
  return all.filter((m) => !m.exempt).map(({ memberId, name }) => ({ memberId, name }));
}

const Group = z.object({ _id: z.string() });

/**
 * Members of the branch with something to show for the current period: a pending or approved
 * report, or a positive ledger line that is not a reversal (e.g. entered by the recorder).
 * Two grouped queries, however many members and reports.
 */
export async function activeMemberIds(db: Database, branchId: string, year: number, periodKeys: string[]): Promise<Set<string>> {
  const _ = db.command;
  const [reports, ledger] = await Promise.all([
    db
      .collection(COLLECTIONS.reports)
      .aggregate()
      .match({ branchId, year, period: _.in(periodKeys), status: _.in(['pending', 'approved']) })
      .group({ _id: '$memberId' })
      .limit(PAGE)
      .end(),
    db
      .collection(COLLECTIONS.ledger)
      .aggregate()
      .match({ branchId, year, period: _.in(periodKeys), reverses: null, baseCenti: _.gt(0) })
      .group({ _id: '$memberId' })
      .limit(PAGE)
      .end(),
  ]);
  const ids = new Set<string>();
  for (const row of [...(reports.data ?? []), ...(ledger.data ?? [])]) ids.add(Group.parse(row)._id);
  return ids;
}
