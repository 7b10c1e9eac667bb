import { z } from 'zod';
import { listSchemes } from '../../../shared/contracts/org/list-schemes.schema';
import { allPresets } from '../../../shared/scheme';
import { COLLECTIONS } from '../../../server/db/collections';
import { SchemeDoc } from '../../../server/schemes/scheme.doc';
import { requireCommitteeAdminOf } from '../../../server/access/org-authority';
import { Handler } from '../../../server/runtime/route';

/** The summary fields of a stored scheme (validated in full when saved). */
const StoredSummary = z.object({ name: z.string(), shortName: z.string(), period: z.enum(['month', 'quarter']) });

/**
 * Presets (from the code) and the committee's custom scheme versions. Committee admin of that committee.
 * Requests: roles 1 + committee org 1 + schemes query 1 = 3.
 */
export const listSchemesHandler: Handler<typeof listSchemes> = async (request, { services, access }) => {
  const committee = await requireCommitteeAdminOf(access, request.committeeId);
  const stored = await services.db
    .collection(COLLECTIONS.schemes)
    .where({ committeeId: committee._id })
    .orderBy('schemeId', 'asc')
    .orderBy('version', 'desc')
    .limit(1000)
    .get();
  const custom = stored.data.map((d: unknown) => {
    const doc = SchemeDoc.parse(d);
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
