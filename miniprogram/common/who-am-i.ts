import type { Profile } from '../services/session';

type MemberRecord = Profile['members'][number];
type RoleRecord = Profile['roles'][number];

/** What the home shows to this caller, decided by org.myProfile. */
export type HomeAudience =
  /** Neither a member nor an officer yet: the bind page. */
  | { kind: 'stranger' }
  | { kind: 'member'; member: MemberRecord }
  /** Recorder or secretary of a branch; `member` is their own record there, if they have one (to see their points). */
  | { kind: 'officer'; role: RoleRecord; member: MemberRecord | null }
  /** A committee administrator with no branch role or member record. */
  | { kind: 'committee'; role: RoleRecord };

const ROLE_NAMES: Record<RoleRecord['role'], string> = { secretary: '书记', recorder: '记分员', committeeAdmin: '党委管理员' };

export function roleLabel(role: RoleRecord): string {
  return `${role.orgName}${role.title ?? ROLE_NAMES[role.role]}`;
}

export function homeAudienceOf(profile: Profile): HomeAudience {
  const branchRole = profile.roles.find((r) => r.orgKind === 'branch' && (r.role === 'secretary' || r.role === 'recorder'));
  if (branchRole) {
    const own = profile.members.find((m) => m.branchId === branchRole.orgId) ?? null;
    return { kind: 'officer', role: branchRole, member: own };
  }
  if (profile.members.length > 0) return { kind: 'member', member: profile.members[0] };
  const committee = profile.roles.find((r) => r.role === 'committeeAdmin');
  if (committee) return { kind: 'committee', role: committee };
  return { kind: 'stranger' };
}

/** The branch a caller's branch pages (公示栏, 年度) are about: where they are an officer, else their member record's. */
export interface CallerBranch {
  branchId: string;
  branchName: string;
  /** Their office there (null: a member only). */
  role: 'secretary' | 'recorder' | null;
  /** Their own member record there, if any. */
  memberId: string | null;
}

export function branchOf(audience: HomeAudience): CallerBranch | null {
  if (audience.kind === 'member')
    return { branchId: audience.member.branchId, branchName: audience.member.branchName, role: null, memberId: audience.member.memberId };
  if (audience.kind === 'officer')
    return {
      branchId: audience.role.orgId,
      branchName: audience.role.orgName,
      role: audience.role.role === 'committeeAdmin' ? null : audience.role.role,
      memberId: audience.member?.memberId ?? null,
    };
  return null;
}
