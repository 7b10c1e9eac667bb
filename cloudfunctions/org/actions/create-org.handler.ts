import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { isDuplicateKey } from '../../../server/db/cloudbase';
import { COLLECTIONS } from '../../../server/db/collections';
import type { OrgDoc, OrgKind } from '../../../server/orgs/org.doc';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { AppError, conflict } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/** 党委 → 党总支 (optional) → 支部 → 党小组. */
const PARENT_KINDS: Record<'generalBranch' | 'branch' | 'group', OrgKind[]> = {
  generalBranch: ['committee'],
  branch: ['committee', 'generalBranch'],
  group: ['branch'],
};

/**
 * 党总支 under a committee, 支部 under a committee or 党总支 (committee admin over the parent); 党小组 under a branch (its
 * secretary or a committee admin). Names are unique under a parent (unique index orgs.parent_name).
 * Requests: roles 1 + parent org 1 + insert 1 = 3.
 */
export const createOrgHandler: Handler<typeof createOrg> = async (request, { openid, now, services, access }) => {
  if (request.kind === 'group') await access.requireBranchRole(request.parentId, ['secretary', 'committeeAdmin']);
  else await access.requireCommitteeOver(request.parentId);
  const parent = await requireOrgOfKind(access, request.parentId, PARENT_KINDS[request.kind], 'parentId');
  const doc: Omit<OrgDoc, '_id'> = {
    kind: request.kind,
    name: request.name,
    parentId: parent._id,
    ancestors: [...parent.ancestors, parent._id],
    createdAt: now,
    createdBy: openid,
  };
  try {
    const added = await services.db.collection(COLLECTIONS.orgs).add(doc);
    if (!('id' in added) || typeof added.id !== 'string') throw new AppError('INTERNAL', '创建组织失败');
    return { orgId: added.id };
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict(`“${parent.name}”下已有名为“${request.name}”的组织`, 'ORG_NAME_EXISTS');
    throw error;
  }
};
