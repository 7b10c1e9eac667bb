import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import type { DomainError } from '../../../server/errors/domain-error';
import { inviteIdOf } from '../../../server/invites/invite-code';
import { Redeemed, redeemInvite } from '../../../server/invites/invite-redeem';
import { BindThrottle, tooManyAtOnce } from '../../../server/invites/invite-throttle';
import { Handler } from '../../../server/runtime/route';

/**
 * Redeems a code. In one transaction: the caller's wrong-code counter is checked, the invite read and
 * marked used, and the member record bound to the caller (or the role document written): redeemInvite
 * (server/invites/invite-redeem.ts). A retry by the same caller after success answers the same again.
 *
 * Guessing is throttled (server/invites/invite-throttle.ts): a code that matches no invite counts against
 * the caller — 5 per 15 minutes, 20 a day, counted in the transaction so concurrent guesses are counted
 * exactly — and against its bucket (the code's first character: 30 per 15 minutes from everyone, the
 * overall limit, since a wrong code names no branch). While either limit holds no code is looked up and
 * the answer is FORBIDDEN / TOO_MANY_ATTEMPTS with when to try again; a warm instance then answers from
 * memory. The caller's other member records are read only for a member invite, to refuse a second
 * identity in the same branch.
 * Requests: transaction (begin, caller's counter, bucket counter, invite, member, 2 writes, commit) 8 +
 * caller's members 1 = 9 for a member invite (8 for a role invite: no member; the members query names the holder); before
 * the throttle 7 and 6. A wrong code: transaction (begin, 2 counters, invite, counter write, commit) 6 +
 * bucket increment 1 (2 for the bucket's first wrong code in its window) = 7–8 (before: 4, unthrottled).
 * Blocked: 3–4 (begin, 1–2 counters, commit), or 0 on an instance that has already seen the block.
 */
export const bindWithCodeHandler: Handler<typeof bindWithCode> = async (request, { openid, now, access, repos, transaction }) => {
  const inviteId = inviteIdOf(request.code);
  const throttle = new BindThrottle(openid, request.code, now);
  const known = throttle.knownBlock();
  if (known) throw known;

  const outcome = await transaction<{ reply: Redeemed } | { refused: DomainError; wrongCode: boolean }>(
    async (tx) => {
      const verdict = await throttle.check(tx);
      if ('blocked' in verdict) return { refused: verdict.blocked, wrongCode: false };
      const invite = await tx.invites.byId(inviteId);
      if (!invite) return { refused: await throttle.recordCallerFailure(tx), wrongCode: true };
      return { reply: await redeemInvite(tx, invite, openid, now, access) };
    },
    // Retries exhausted: many calls of this person at once, all conflicting on their counter.
    { busy: tooManyAtOnce },
  );
  if ('refused' in outcome) {
    if (outcome.wrongCode) await throttle.recordBucketFailure(repos);
    throw outcome.refused;
  }
  return outcome.reply;
};
