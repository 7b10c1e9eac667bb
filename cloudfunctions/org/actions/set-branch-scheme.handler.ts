import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { localDateOf } from '../../../shared/period';
import { committeeIdOf, requireOrgOfKind } from '../../../server/access/org-authority';
import { fail } from '../../../server/errors/domain-error';
import { BranchYearDoc, branchYearId, scoringFromOf } from '../../../server/schemes/scheme.doc';
import { chosenScheme, defaultScoringFrom, hasActivity } from '../../../server/schemes/scheme-choice';
import { Handler } from '../../../server/runtime/route';

/**
 * Pins a copy of the chosen scheme for the branch and year (`branchYears/${branchId}:${year}`). The
 * reports function relies on this: once the branch has a report or ledger entry in the year, review
 * results (its year sheet) or a closed period, its scheme never changes (CONFLICT SCHEME_PINNED). The same scheme again is a no-op.
 * Known window: a report submitted between the activity probe and the write is checked against the
 * scheme it read; the change of scheme is an admin's rare, deliberate act.
 * Requests: roles 1 + branch org 1 + custom scheme 0–1 + branch-year 1 + probes 3 (at once) + write 0–1 ≤ 8.
 */
export const setBranchSchemeHandler: Handler<typeof setBranchScheme> = async (request, { openid, now, access, repos }) => {
  await access.requireCommitteeOver(request.branchId);
  const branch = await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId');
  const committeeId = committeeIdOf(branch);
  const [chosen, existing] = await Promise.all([
    chosenScheme(repos, request.scheme, committeeId),
    repos.branchYears.of(branch._id, request.year),
  ]);
  const scoringFrom =
    request.scoringFrom ?? (existing ? scoringFromOf(existing) : defaultScoringFrom(chosen.scheme, request.year, localDateOf(now)));
  const id = branchYearId(branch._id, request.year);
  const reply = { branchYearId: id, schemeId: chosen.scheme.id, schemeVersion: chosen.scheme.version, source: chosen.source, scoringFrom };
  if (
    existing &&
    existing.schemeId === chosen.scheme.id &&
    existing.schemeVersion === chosen.scheme.version &&
    existing.source === chosen.source &&
    scoringFromOf(existing) === scoringFrom
  ) {
    return { ...reply, changed: false };
  }
  if ((existing && existing.closedPeriods.length > 0) || (await hasActivity(repos, branch._id, request.year))) {
    throw fail('SCHEME_PINNED', { branch: branch.name, year: request.year });
  }
  const doc: BranchYearDoc = {
    _id: id,
    branchId: branch._id,
    committeeId,
    year: request.year,
    schemeId: chosen.scheme.id,
    schemeVersion: chosen.scheme.version,
    source: chosen.source,
    scheme: structuredClone(chosen.scheme) as unknown as Record<string, unknown>,
    closedPeriods: [],
    scoringFrom,
    setBy: openid,
    setAt: now,
  };
  await repos.branchYears.put(doc);
  return { ...reply, changed: true };
};
