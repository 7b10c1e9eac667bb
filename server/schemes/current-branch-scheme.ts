import { localDateOf, yearOf } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';
import type { Database } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';
import { BranchYearDoc, branchYearId } from './scheme.doc';
import { schemeOf } from './branch-year';

/**
 * The scheme a branch uses in the year of `now`, or null when none is set (one read). Member fields that
 * depend on the scheme (tiers, posts) are checked against it.
 */
export async function currentBranchScheme(db: Database, branchId: string, now: Date): Promise<Scheme | null> {
  const found = (
    await db
      .collection(COLLECTIONS.branchYears)
      .doc(branchYearId(branchId, yearOf(localDateOf(now))))
      .get()
  ).data[0];
  return found ? schemeOf(BranchYearDoc.parse(found)).scheme : null;
}
