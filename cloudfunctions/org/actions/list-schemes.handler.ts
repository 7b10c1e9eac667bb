import { z } from 'zod';
import { listSchemes } from '../../../shared/contracts/org/list-schemes.schema';
import { allPresets } from '../../../shared/scheme';
import { localDateOf, yearOf } from '../../../shared/period';
import { committeeIdOf, requireCommitteeAdminOf, requireOrgOfKind } from '../../../server/access/org-authority';
import { invalidField } from '../../../server/errors/domain-error';
import type { OrgDoc } from '../../../server/orgs/org.doc';
import { hasActivity } from '../../../server/schemes/scheme-choice';
import { Handler } from '../../../server/runtime/route';

/** The summary fields of a stored scheme (validated in full when saved). */
const StoredSummary = z.object({ name: z.string(), shortName: z.string(), period: z.enum(['month', 'quarter']) });

/** The branch's scheme for the year and whether setBranchScheme would refuse to change it (as it decides). */
async function branchYearOf(repos: Parameters<Handler<typeof listSchemes>>[1]['repos'], branch: OrgDoc, year: number) {
  const [existing, active] = await Promise.all([repos.branchYears.of(branch._id, year), hasActivity(repos, branch._id, year)]);
  const current = existing
    ? { id: existing.schemeId, version: existing.schemeVersion, name: StoredSummary.parse(existing.scheme).name, source: existing.source }
    : null;
  return { branchId: branch._id, name: branch.name, year, current, pinned: active || (existing?.closedPeriods.length ?? 0) > 0 };
}

/**
 * Presets (from the code) and the committee's custom scheme versions. Committee admin of that committee.
 * With a branch of it: its scheme for the year and whether it is pinned.
 * Requests: roles 1 + committee org 1 + schemes query 1 = 3; with a branch + org 1 + branch-year 1 + probes 3 (at once) = 8.
 */
export const listSchemesHandler: Handler<typeof listSchemes> = async (request, { access, repos, now }) => {
  const committee = await requireCommitteeAdminOf(access, request.committeeId);
  const branchOrg = request.branchId ? await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId') : null;
  if (branchOrg && committeeIdOf(branchOrg) !== committee._id) throw invalidField('branchId', '这个支部不在本党委下');
  const [stored, branch] = await Promise.all([
    repos.schemes.ofCommittee(committee._id),
    branchOrg ? branchYearOf(repos, branchOrg, request.year ?? yearOf(localDateOf(now))) : undefined,
  ]);
  const custom = stored.map((doc) => {
    const summary = StoredSummary.parse(doc.scheme);
    return {
      id: doc.schemeId,
      version: doc.version,
      name: summary.name,
      shortName: summary.shortName,
      period: summary.period,
      ref: doc._id,
      createdAt: doc.createdAt.toISOString(),
    };
  });
  const presets = allPresets().map((p) => ({ id: p.id, version: p.version, name: p.name, shortName: p.shortName, period: p.period }));
  return branch ? { presets, custom, branch } : { presets, custom };
};
