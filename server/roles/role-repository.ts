import type { RoleDoc } from './role.doc';

/** Roles held by WeChat users in orgs (书记、记分员、党委管理员); being a member is not a role. */
export interface RoleRepository {
  ofOpenid(openid: string): Promise<RoleDoc[]>;
  ofOrg(orgId: string): Promise<RoleDoc[]>;
  /** The roles `openid` holds in the org (none without an openid). */
  ofOpenidInOrg(openid: string | null, orgId: string): Promise<RoleDoc[]>;
  /** Writes the role under its id (granting twice writes the same document). */
  put(role: RoleDoc): Promise<void>;
  remove(roleId: string): Promise<void>;
}
