import { createHash, randomInt } from 'node:crypto';
import { INVITE_CODE_ALPHABET, MEMBER_INVITE_CODE_LENGTH, ROLE_INVITE_CODE_LENGTH } from '../../shared/contracts/org/org-fields.schema';

/** Letters and digits without the look-alikes 0/O, 1/I/L: 31 symbols. */
export const INVITE_ALPHABET = INVITE_CODE_ALPHABET;

export type InviteKind = 'member' | 'role';

/**
 * How long codes are and how long they live. A member's code (31⁸ ≈ 8.5 × 10¹¹) stays short for older
 * members to type and lives a week, long enough to reach them through the branch; a role's code
 * (31¹² ≈ 7.9 × 10¹⁷) gives 书记/记分员/管理员 rights, so it is longer and lives 24 hours.
 */
export const INVITE_RULES: Record<InviteKind, { length: number; validMs: number }> = {
  member: { length: MEMBER_INVITE_CODE_LENGTH, validMs: 7 * 24 * 3600 * 1000 },
  role: { length: ROLE_INVITE_CODE_LENGTH, validMs: 24 * 3600 * 1000 },
};

/** A fresh code from the crypto RNG (randomInt is unbiased). */
export function newInviteCode(kind: InviteKind): string {
  let code = '';
  for (let i = 0; i < INVITE_RULES[kind].length; i += 1) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** The invite's document id: sha256 of the (normalised, upper-case) code. The code itself is never stored. */
export function inviteIdOf(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export function inviteExpiry(kind: InviteKind, now: Date): Date {
  return new Date(now.getTime() + INVITE_RULES[kind].validMs);
}
