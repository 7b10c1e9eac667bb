import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Actor, StoredDate, StoredId } from '../stored';

/**
 * One redemption: what a member took, for how many exchange points (hundredths), from which catalogue.
 * Append-only as spending: its points never change; only the hand-over is marked on it, once. Its id
 * comes from the member's WeChat user and the request's idempotency key, so a retry or a second phone
 * sending the same request meets the first redemption instead of spending again.
 */
export const RedemptionDoc = z
  .object({
    _id: StoredId,
    memberId: z.string().min(1),
    memberName: z.string(),
    branchId: z.string().min(1),
    openid: z.string().min(1),
    itemId: z.string().min(1),
    itemName: z.string(),
    orgId: z.string().min(1),
    orgName: z.string(),
    quantity: z.number().int().positive(),
    priceCenti: z.number().int().positive(),
    pointsCenti: z.number().int().positive(),
    /** The exchange year whose balance it was spent from. */
    year: z.number().int(),
    /** The Beijing date of the redemption. */
    date: z.string(),
    at: StoredDate,
    status: z.enum(['awaiting', 'handedOver']),
    handedOverAt: StoredDate.nullable(),
    handedOverBy: Actor.nullable(),
  })
  .strict();
export type RedemptionDoc = z.infer<typeof RedemptionDoc>;

/**
 * What a member has spent in a year (`_id` = `${memberId}:${year}`): the sum of the year's redemptions,
 * kept so that every redemption of the member writes this one document in its transaction — two
 * redemptions at once then conflict, and the second checks the balance again after the first.
 */
export const ExchangeAccountDoc = z
  .object({
    _id: StoredId,
    memberId: z.string().min(1),
    branchId: z.string().min(1),
    year: z.number().int(),
    spentCenti: z.number().int().min(0),
    redemptions: z.number().int().min(0),
    updatedAt: StoredDate,
  })
  .strict();
export type ExchangeAccountDoc = z.infer<typeof ExchangeAccountDoc>;

export const exchangeAccountId = (memberId: string, year: number) => `${memberId}:${year}`;

/** A record's id from the caller and their idempotency key: the same request finds the same id. */
export const idempotentId = (kind: string, openid: string, key: string) =>
  createHash('sha256').update(`${kind}\n${openid}\n${key}`).digest('hex').slice(0, 32);
