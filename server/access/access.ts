import type { Actor } from '../stored';
import { fail, failOnFields } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { OrgDoc } from '../orgs/org.doc';
import type { Repositories } from '../repositories';
import type { RoleDoc, RoleName } from '../roles/role.doc';

/** The role a caller acts in for one branch. */
export type ActingRole = 'member' | 'recorder' | 'secretary' | 'committeeAdmin';

/**
 * What the caller may do, read on first use and kept for the call: their role documents (one query by
 * openid) and their bound member records (one query by openid). Every action checks the caller's role
 * and branch here, server-side.
 */
export class Access {
  private rolesCache: Promise<RoleDoc[]> | null = null;
  private membersCache: Promise<MemberDoc[]> | null = null;
  private readonly orgCache = new Map<string, Promise<OrgDoc | null>>();

  constructor(
    private readonly repos: Pick<Repositories, 'roles' | 'members' | 'orgs'>,
    readonly openid: string | null,
  ) {}

  roles(): Promise<RoleDoc[]> {
    this.rolesCache ??= this.openid ? this.repos.roles.ofOpenid(this.openid) : Promise.resolve([]);
    return this.rolesCache;
  }

  /** The caller's active member records (a person may be a member of several branches). */
  members(): Promise<MemberDoc[]> {
    this.membersCache ??= this.openid ? this.repos.members.activeBoundTo(this.openid) : Promise.resolve([]);
    return this.membersCache;
  }

  org(orgId: string): Promise<OrgDoc | null> {
    let cached = this.orgCache.get(orgId);
    if (!cached) {
      cached = this.repos.orgs.byId(orgId);
      this.orgCache.set(orgId, cached);
    }
    return cached;
  }

  async hasRole(orgId: string, roles: RoleName[]): Promise<RoleName | null> {
    const found = (await this.roles()).find((r) => r.orgId === orgId && roles.includes(r.role));
    return found ? found.role : null;
  }

  /** The committee the caller administers above `orgId` (or `orgId` itself), or null. One org read. */
  async committeeOver(orgId: string): Promise<string | null> {
    const admin = (await this.roles()).filter((r) => r.role === 'committeeAdmin');
    if (admin.length === 0) return null;
    if (admin.some((r) => r.orgId === orgId)) return orgId;
    const org = await this.org(orgId);
    if (!org) return null;
    return admin.find((r) => org.ancestors.includes(r.orgId))?.orgId ?? null;
  }

  /**
   * Requires the caller to hold one of `roles` in the branch (FORBIDDEN NOT_BRANCH_OFFICER otherwise).
   * A committee admin above the branch is accepted only when 'committeeAdmin' is listed. Returns the
   * role the caller acts in.
   */
  async requireBranchRole(branchId: string, roles: ActingRole[]): Promise<ActingRole> {
    const direct = await this.hasRole(
      branchId,
      roles.filter((r): r is 'recorder' | 'secretary' => r === 'recorder' || r === 'secretary'),
    );
    if (direct) return direct;
    if (roles.includes('committeeAdmin') && (await this.committeeOver(branchId))) return 'committeeAdmin';
    if (roles.includes('member') && (await this.members()).some((m) => m.branchId === branchId)) return 'member';
    throw fail('NOT_BRANCH_OFFICER');
  }

  /**
   * The branch the caller serves as recorder or secretary, for actions whose page opens on "my branch":
   * the only one, or FORBIDDEN NOT_AN_OFFICER / VALIDATION BRANCH_AMBIGUOUS (the page then asks which).
   */
  async requireOwnOfficerBranch(): Promise<string> {
    const branches = [...new Set((await this.roles()).filter((r) => r.role === 'recorder' || r.role === 'secretary').map((r) => r.orgId))];
    if (branches.length === 0) throw fail('NOT_AN_OFFICER');
    if (branches.length > 1) throw failOnFields('BRANCH_AMBIGUOUS', [{ path: 'branchId', message: '您在多个支部任职，请选择支部' }]);
    return branches[0];
  }

  /** Requires the caller to administer a committee at or above `orgId` (FORBIDDEN NOT_COMMITTEE_ADMIN). */
  async requireCommitteeOver(orgId: string): Promise<string> {
    const committee = await this.committeeOver(orgId);
    if (!committee) throw fail('NOT_COMMITTEE_ADMIN');
    return committee;
  }

  /**
   * Who a record written now was written by: the caller, the role they act in, and their name as their
   * role document in that org records it (set when the role was granted), for the ledger line people
   * read. No extra request: the roles are loaded for the authorization already.
   */
  async actor(orgId: string, role: ActingRole): Promise<Actor> {
    if (!this.openid) throw fail('NOT_SIGNED_IN');
    const name = (await this.roles()).find((r) => r.orgId === orgId && r.role === role && r.name)?.name;
    return { openid: this.openid, role, ...(name ? { name } : {}) };
  }

  /**
   * The caller's own member record: the one named, or the only one. A person bound in several
   * branches must say which.
   */
  async requireOwnMember(memberId?: string): Promise<MemberDoc> {
    const members = await this.members();
    if (memberId !== undefined) {
      const mine = members.find((m) => m._id === memberId);
      if (!mine) throw fail('NOT_OWN_MEMBER');
      return mine;
    }
    if (members.length === 0) throw fail('NOT_BOUND');
    if (members.length > 1) throw fail('MEMBER_AMBIGUOUS');
    return members[0];
  }
}

/** The org (NOT_FOUND ORG_NOT_FOUND when it is not there). */
export async function requireOrg(access: Access, orgId: string): Promise<OrgDoc> {
  const org = await access.org(orgId);
  if (!org) throw fail('ORG_NOT_FOUND');
  return org;
}
