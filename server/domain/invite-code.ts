import { createHash, randomInt } from 'node:crypto';

/** Letters and digits without the look-alikes 0/O, 1/I/L: 31 symbols, 8 of them ≈ 8.5 × 10¹¹ codes. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_VALID_DAYS = 7;

/** A fresh code from the crypto RNG (randomInt is unbiased). */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i += 1) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** The invite's document id: sha256 of the (normalised, upper-case) code. The code itself is never stored. */
export function inviteIdOf(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_VALID_DAYS * 24 * 3600 * 1000);
}
