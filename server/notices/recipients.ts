import type { Repositories } from '../repositories';
import type { RoleName } from '../roles/role.doc';

/** The openids holding one of `roles` in the branch, once each, without `except` (who caused the notice). One read. */
export async function officersOf(
  repos: Pick<Repositories, 'roles'>,
  branchId: string,
  roles: readonly RoleName[],
  except: string | null = null,
): Promise<string[]> {
  const held = await repos.roles.ofOrg(branchId);
  return [...new Set(held.filter((r) => roles.includes(r.role) && r.openid !== except).map((r) => r.openid))];
}
