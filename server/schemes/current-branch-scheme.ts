import { localDateOf, yearOf } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';
import type { Repositories } from '../repositories';
import { schemeOf } from './branch-year';

/**
 * The scheme a branch uses in the year of `now`, or null when none is set (one read). Member fields that
 * depend on the scheme (tiers, posts) are checked against it.
 */
export async function currentBranchScheme(repos: Pick<Repositories, 'branchYears'>, branchId: string, now: Date): Promise<Scheme | null> {
  const doc = await repos.branchYears.of(branchId, yearOf(localDateOf(now)));
  return doc ? schemeOf(doc).scheme : null;
}
