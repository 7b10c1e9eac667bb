import { fail } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import type { BranchYearDoc } from './scheme.doc';
import type { PinnedSchemeRef } from '../reports/report.doc';
import { BranchYear, loadBranchYear } from './branch-year';

/** The scheme a branch-year pins, as stored on reports. */
export function pinnedRefOf(doc: BranchYearDoc): PinnedSchemeRef {
  return { source: doc.source, id: doc.schemeId, version: doc.schemeVersion };
}

const samePin = (a: PinnedSchemeRef, b: PinnedSchemeRef) => a.source === b.source && a.id === b.id && a.version === b.version;
const keyOf = (branchId: string, year: number, ref: PinnedSchemeRef) => `${branchId}:${year}@${ref.source}:${ref.id}@${ref.version}`;

/** Per function instance. Small and bounded: an instance serves a handful of branches. */
const MAX_CACHED = 256;
const cache = new Map<string, BranchYear>();

function remember(key: string, branchYear: BranchYear): void {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, branchYear);
}

/** Keeps a freshly loaded branch-year (e.g. by a submission) for later approvals on this instance. */
export function rememberPinned(branchYear: BranchYear): void {
  remember(keyOf(branchYear.doc.branchId, branchYear.doc.year, pinnedRefOf(branchYear.doc)), branchYear);
}

/**
 * The branch-year whose scheme a report pinned, for the scheme's RULES only (items, points, ranges):
 * a branch-year's scheme never changes once a report or ledger entry exists (the org function refuses),
 * so the copy is cached per instance under branch:year@scheme. Its `doc.closedPeriods` may be stale:
 * code that checks open periods loads the branch-year fresh (loadBranchYear).
 *
 * Requests: 0 on a warm instance, 1 (the branch-year) on a cold one or when `ref` is unknown.
 */
export async function pinnedBranchYear(
  repos: Pick<Repositories, 'branchYears'>,
  branchId: string,
  year: number,
  ref: PinnedSchemeRef | undefined,
): Promise<BranchYear> {
  const cached = ref ? cache.get(keyOf(branchId, year, ref)) : undefined;
  if (cached) return cached;
  const loaded = await loadBranchYear(repos, branchId, year);
  if (ref && !samePin(ref, pinnedRefOf(loaded.doc))) {
    throw fail('SCHEME_CHANGED');
  }
  rememberPinned(loaded);
  return loaded;
}

/** Empties this instance's cache, as a fresh function instance starts (benchmarks measure the cold cost). */
export function forgetPinnedSchemes(): void {
  cache.clear();
}
