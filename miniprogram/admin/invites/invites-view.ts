import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { dayOf } from '../common/admin-branch';

export type MemberList = ResponseOf<typeof CONTRACTS.org.listMembers>;
type Member = MemberList['members'][number];
type Invite = NonNullable<MemberList['invites']>[number];

/** Where a member stands with binding: bound (their code was used), a code waiting, a code expired, none yet. */
export type InviteStatus = 'bound' | 'unused' | 'expired' | 'none' | 'exempt';

export interface InviteRow {
  memberId: string;
  name: string;
  status: InviteStatus;
  statusText: string;
  tone: 'ok' | 'warn' | '';
  /** The button: 生成邀请码 / 重新生成; none for a bound member. */
  action: string;
}

const ORDER: Record<InviteStatus, number> = { none: 0, expired: 1, unused: 2, exempt: 3, bound: 4 };

export function rowOf(
  member: Pick<Member, 'memberId' | 'name' | 'bound'> & { exempt?: Member['exempt'] },
  invite: Pick<Invite, 'status' | 'expiresAt'> | undefined,
): InviteRow {
  const base = { memberId: member.memberId, name: member.name };
  if (member.bound) return { ...base, status: 'bound', statusText: '已绑定微信', tone: 'ok', action: '' };
  // Exempt members need not bind (nothing is scored for them); one who wants to see the board may.
  if (member.exempt && (!invite || invite.status === 'expired'))
    return { ...base, status: 'exempt', statusText: '不纳入积分管理，可以不绑定', tone: '', action: '生成邀请码' };
  if (!invite) return { ...base, status: 'none', statusText: '还没有邀请码', tone: 'warn', action: '生成邀请码' };
  if (invite.status === 'expired')
    return {
      ...base,
      status: 'expired',
      statusText: `邀请码已过期（${dayOf(invite.expiresAt)}），要重新生成`,
      tone: 'warn',
      action: '重新生成',
    };
  return { ...base, status: 'unused', statusText: `邀请码还没用，${dayOf(invite.expiresAt)}前有效`, tone: '', action: '重新生成' };
}

/** Everyone on the page: who still needs a code first (none, expired, waiting), then those bound. */
export function rowsOf(list: MemberList): InviteRow[] {
  const invites = new Map((list.invites ?? []).map((i) => [i.memberId, i]));
  return list.members.map((m) => rowOf(m, invites.get(m.memberId))).sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}

export function countsText(rows: readonly InviteRow[], total: number): string {
  const bound = rows.filter((r) => r.status === 'bound').length;
  const exempt = rows.filter((r) => r.status === 'exempt').length;
  const shown = rows.length < total ? `（先列出 ${rows.length} 人）` : '';
  const rest = exempt > 0 ? `，不纳入积分管理的 ${exempt} 人可以不绑定` : '';
  return `共 ${total} 人${shown}：已绑定 ${bound} 人，还要绑定 ${rows.length - bound - exempt} 人${rest}`;
}

/** "ABCDEFGH" → "ABCD EFGH": two groups of four, easier to read out and type. */
export function spacedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** What the secretary pastes into a chat with the member: who, where to enter it, the code, until when. */
export function shareText(name: string, branchName: string, code: string, expiresAt: string): string {
  return `${name}同志：请在微信里打开“党员积分”小程序，点“绑定”，输入邀请码 ${spacedCode(code)}，就能看到自己的积分。邀请码${dayOf(expiresAt)}前有效，只能用一次。——${branchName}`;
}
