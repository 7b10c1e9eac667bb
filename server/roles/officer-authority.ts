import type { Access } from '../access/access';
import { fail } from '../errors/domain-error';
import { requireOrgOfKind } from '../access/org-authority';

/**
 * Who may see and manage an organisation's officers: for a branch its secretary or a committee admin
 * above it; for a committee (or 党总支) a committee admin at or above it. One org read at most.
 */
export async function requireOrgOfficerOrAdmin(access: Access, orgId: string): Promise<void> {
  const org = await requireOrgOfKind(access, orgId, ['committee', 'generalBranch', 'branch'], 'orgId');
  if (org.kind === 'branch') {
    await access.requireBranchRole(orgId, ['secretary', 'committeeAdmin']);
    return;
  }
  if (!(await access.committeeOver(orgId))) throw fail('ROLES_NOT_VISIBLE');
}
