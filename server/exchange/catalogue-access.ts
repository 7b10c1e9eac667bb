import { type ActingRole, type Access, requireOrg } from '../access/access';
import { fail, invalidField } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { OrgDoc } from '../orgs/org.doc';
import type { ExchangeItemDoc } from './exchange-item.doc';

/** An org whose catalogue the caller keeps, its kind, and the role they act in. */
export interface CatalogueKeeper {
  org: OrgDoc;
  kind: 'committee' | 'generalBranch' | 'branch';
  role: ActingRole;
}

/**
 * The org whose catalogue the caller keeps, and the role they keep it in: a branch (or 党总支) by its
 * secretary or recorder, or by an admin of a committee above it; a committee by its admins (a community's
 * 志愿服务超市 for all its branches). A 党小组 keeps no catalogue (VALIDATION FIELD_INVALID).
 * Requests: the org ∥ the caller's roles (1–2).
 */
export async function requireCatalogueKeeper(access: Access, orgId: string): Promise<CatalogueKeeper> {
  const [org] = await Promise.all([requireOrg(access, orgId), access.roles()]);
  if (org.kind === 'group') throw invalidField('orgId', '兑换目录由支部或党委设立，党小组不设');
  if (org.kind === 'committee') {
    await access.requireCommitteeOver(org._id);
    return { org, kind: org.kind, role: 'committeeAdmin' };
  }
  return { org, kind: org.kind, role: await access.requireBranchRole(org._id, ['secretary', 'recorder', 'committeeAdmin']) };
}

/** The orgs whose catalogues offer items to a member: their branch and every org above it (root first). */
export async function cataloguesOf(access: Access, member: MemberDoc): Promise<string[]> {
  const branch = await requireOrg(access, member.branchId);
  return [...branch.ancestors, branch._id];
}

/** Refuses an item that is not offered to the member (FORBIDDEN EXCHANGE_ITEM_NOT_OFFERED): it reads the branch only for a committee's item. */
export async function requireOffered(access: Access, member: MemberDoc, item: ExchangeItemDoc): Promise<void> {
  if (item.orgId === member.branchId) return;
  if (!(await cataloguesOf(access, member)).includes(item.orgId)) throw fail('EXCHANGE_ITEM_NOT_OFFERED', { item: item.name });
}
