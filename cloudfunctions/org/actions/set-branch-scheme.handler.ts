import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { allPresets, Scheme } from '../../../shared/scheme';
import type { Database } from '../../../server/db/cloudbase';
import { COLLECTIONS } from '../../../server/db/collections';
import { BranchYearDoc, branchYearId, SchemeDoc, scoringFromOf } from '../../../server/schemes/scheme.doc';
import { localDateOf, periodOf, yearOf } from '../../../shared/period';
import { committeeIdOf, requireOrgOfKind } from '../../../server/access/org-authority';
import { conflict, invalid } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

interface Chosen {
  scheme: Scheme;
  source: 'preset' | 'custom';
}

/** The chosen scheme: a preset by its exact id, or a custom version saved by the branch's own committee (one read). */
async function chosenScheme(db: Database, choice: { preset: string } | { custom: string }, committeeId: string): Promise<Chosen> {
  if ('preset' in choice) {
    const scheme = allPresets().find((p) => p.id === choice.preset);
    if (!scheme) throw invalid('scheme.preset', `没有预置方案 ${choice.preset}`);
    return { scheme, source: 'preset' };
  }
  const found = (await db.collection(COLLECTIONS.schemes).doc(choice.custom).get()).data[0];
  const doc = found ? SchemeDoc.parse(found) : null;
  if (!doc || doc.committeeId !== committeeId) throw invalid('scheme.custom', `本党委没有自定义方案 ${choice.custom}`);
  return { scheme: Scheme.parse(doc.scheme), source: 'custom' };
}

/** True once the branch has any report or ledger entry in the year (two one-document probes). */
async function hasActivity(db: Database, branchId: string, year: number): Promise<boolean> {
  const probe = (collection: string) => db.collection(collection).where({ branchId, year }).field({ _id: true }).limit(1).get();
  const [reports, ledger] = await Promise.all([probe(COLLECTIONS.reports), probe(COLLECTIONS.ledger)]);
  return reports.data.length > 0 || ledger.data.length > 0;
}

/**
 * Where scoring starts when the committee does not say: 1 January, unless the scheme is set during its
 * own year after January, when the branch starts with the current period (months before it were never
 * recorded in the product and would only drag an average of months down).
 */
function defaultScoringFrom(scheme: Scheme, year: number, today: string): string {
  if (yearOf(today) !== year) return `${year}-01-01`;
  return periodOf(scheme.period, today).start;
}

/**
 * Pins a copy of the chosen scheme for the branch and year (`branchYears/${branchId}:${year}`). The
 * reports function relies on this: once the branch has a report or ledger entry in the year (or a
 * closed period), its scheme never changes (CONFLICT SCHEME_PINNED). The same scheme again is a no-op.
 * Known window: a report submitted between the activity probe and the write is checked against the
 * scheme it read; the change of scheme is an admin's rare, deliberate act.
 * Requests: roles 1 + branch org 1 + custom scheme 0–1 + branch-year 1 + probes 2 + write 0–1 ≤ 7.
 */
export const setBranchSchemeHandler: Handler<typeof setBranchScheme> = async (request, { openid, now, services, access }) => {
  await access.requireCommitteeOver(request.branchId);
  const branch = await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId');
  const committeeId = committeeIdOf(branch);
  const id = branchYearId(branch._id, request.year);
  const [chosen, existingRaw] = await Promise.all([
    chosenScheme(services.db, request.scheme, committeeId),
    services.db.collection(COLLECTIONS.branchYears).doc(id).get(),
  ]);
  const existing = existingRaw.data[0] ? BranchYearDoc.parse(existingRaw.data[0]) : null;
  const scoringFrom =
    request.scoringFrom ?? (existing ? scoringFromOf(existing) : defaultScoringFrom(chosen.scheme, request.year, localDateOf(now)));
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
  if ((existing && existing.closedPeriods.length > 0) || (await hasActivity(services.db, branch._id, request.year))) {
    throw conflict(`${branch.name} ${request.year} 年已有申报或积分记录，积分方案已锁定，不能更换`, 'SCHEME_PINNED');
  }
  const doc: Omit<BranchYearDoc, '_id'> = {
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
  await services.db.collection(COLLECTIONS.branchYears).doc(id).set(doc);
  return { ...reply, changed: true };
};
