import { z } from 'zod';
import { listSchemes } from '../../../shared/contracts/org/list-schemes.schema';
import { allPresets } from '../../../shared/scheme';
import { requireCommitteeAdminOf } from '../../../server/access/org-authority';
import { Handler } from '../../../server/runtime/route';

/** The summary fields of a stored scheme (validated in full when saved). */
const StoredSummary = z.object({ name: z.string(), shortName: z.string(), period: z.enum(['month', 'quarter']) });

/**
 * Presets (from the code) and the committee's custom scheme versions. Committee admin of that committee.
 * Requests: roles 1 + committee org 1 + schemes query 1 = 3.
 */
export const listSchemesHandler: Handler<typeof listSchemes> = async (request, { access, repos }) => {
  const committee = await requireCommitteeAdminOf(access, request.committeeId);
  const stored = await repos.schemes.ofCommittee(committee._id);
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
  return { presets, custom };
};
