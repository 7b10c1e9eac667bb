import type { CallFailure } from '../../services/call-result';
import type { Profile } from '../../services/session';
import { roleLabel } from '../../common/who-am-i';

/** A short title for each way binding can fail; the message under it (from the server) says what to do. */
const TITLES: Record<string, string> = {
  INVALID_REQUEST: '邀请码格式不对',
  INVITE_NOT_FOUND: '邀请码不对',
  INVITE_EXPIRED: '邀请码已过期',
  INVITE_VOIDED: '邀请码已作废',
  INVITE_USED: '邀请码已经用过了',
  TOO_MANY_ATTEMPTS: '输错次数太多了',
  ALREADY_BOUND: '这个党员身份已被绑定',
  ALREADY_MEMBER_HERE: '您已绑定过本支部',
  MEMBER_INACTIVE: '党员记录已转出',
  MEMBER_NOT_FOUND: '找不到党员记录',
  OFFLINE: '没有连上网络',
  UNREACHABLE: '连不上服务器',
};

export interface BindProblem {
  tone: 'error' | 'offline';
  title: string;
  message: string;
}

export function bindProblemOf(failure: CallFailure): BindProblem {
  return {
    tone: failure.code === 'NETWORK' ? 'offline' : 'error',
    title: TITLES[failure.reason] ?? '没能绑定',
    message: failure.message,
  };
}

/** What binding made of the caller, in words: "青石村党支部 张伟" or "青石村党支部记分员". */
export function boundAs(result: { memberId?: string; role?: { orgId: string } }, profile: Profile | null): string {
  const member = result.memberId ? profile?.members.find((m) => m.memberId === result.memberId) : undefined;
  if (member) return `您已绑定为${member.branchName}党员：${member.name}`;
  const role = result.role ? profile?.roles.find((r) => r.orgId === result.role?.orgId) : undefined;
  if (role) return `您已成为${roleLabel(role)}`;
  return '绑定已完成';
}

/** A wait as people say it: "15 分钟" (whole minutes, rounded up) above a minute, "45 秒" in the last one. */
export function waitText(seconds: number): string {
  return seconds > 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${Math.max(1, Math.ceil(seconds))} 秒`;
}

/** What the box under the code says while the member must wait (the server's "15 分钟" would go stale). */
export function waitProblem(seconds: number): BindProblem {
  return {
    tone: 'error',
    title: '输错次数太多了',
    message: `为了安全，要等一会儿才能再试：还要等 ${waitText(seconds)}。时间到了“绑定”按钮会变回红色，请先核对邀请码再点。`,
  };
}
