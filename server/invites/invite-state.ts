import type { MemberInviteDoc } from './invite.doc';

/** One open invite per member as the secretary's list shows it: the newest, unused or expired by `now`. */
export function inviteStatesOf(invites: readonly MemberInviteDoc[], now: Date) {
  const newest = new Map<string, MemberInviteDoc>();
  for (const invite of invites) {
    const kept = newest.get(invite.memberId);
    if (!kept || invite.createdAt > kept.createdAt) newest.set(invite.memberId, invite);
  }
  return [...newest.values()].map((invite) => ({
    memberId: invite.memberId,
    status: invite.expiresAt.getTime() > now.getTime() ? ('unused' as const) : ('expired' as const),
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
  }));
}
