import type { Database } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';
import { LedgerEntryDoc } from './ledger-entry.doc';

/** CloudBase answers at most 1000 documents per get(). */
const PAGE = 1000;

/** Ledger lines by their unique source keys (one request for up to 1000 keys). */
export async function ledgerBySourceKeys(db: Database, sourceKeys: string[]): Promise<LedgerEntryDoc[]> {
  if (sourceKeys.length === 0) return [];
  const found = await db
    .collection(COLLECTIONS.ledger)
    .where({ sourceKey: db.command.in(sourceKeys) })
    .limit(PAGE)
    .get();
  return found.data.map((d: unknown) => LedgerEntryDoc.parse(d));
}

/**
 * Every ledger line of a member for a year: one request, one more per further 1000 lines
 * (index member_year; ordered by _id so pages never overlap).
 */
export async function ledgerOfMemberYear(db: Database, memberId: string, year: number): Promise<LedgerEntryDoc[]> {
  const all: LedgerEntryDoc[] = [];
  for (;;) {
    const page = await db.collection(COLLECTIONS.ledger).where({ memberId, year }).orderBy('_id', 'asc').skip(all.length).limit(PAGE).get();
    for (const d of page.data) all.push(LedgerEntryDoc.parse(d));
    if (page.data.length < PAGE) return all;
  }
}

/**
 * Marks a read started early (to run alongside others) as handled until it is awaited, so a failure
 * surfaces where it is used (after authorization), never as an unhandled rejection.
 */
export function startRead<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
