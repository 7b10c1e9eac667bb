import { z } from 'zod';
import { Actor, StoredDate, StoredId } from '../stored';

/**
 * An item of a catalogue (志愿服务超市): kept by a branch for its members, or by a committee (a community's
 * party committee) for the members of every branch below it. Prices are integer hundredths of an
 * exchange point. The stock explains itself: `stock` = `supplied` (first stock and every restock) −
 * `redeemed` − `removed` (stock taken out); a redemption changes `stock` and `redeemed` in the
 * transaction that records it, a restock `stock` and `supplied` or `removed` with its own record.
 */
export const ExchangeItemDoc = z
  .object({
    _id: StoredId,
    orgId: z.string().min(1),
    /** The org's name when the item was last saved (catalogue headings, redemptions). */
    orgName: z.string(),
    name: z.string().min(1),
    note: z.string().nullable(),
    /** A fileID under exchange/<openid>/ of the officer who added the picture, or null. */
    picture: z.string().nullable(),
    priceCenti: z.number().int().positive(),
    stock: z.number().int().min(0),
    supplied: z.number().int().min(0),
    redeemed: z.number().int().min(0),
    removed: z.number().int().min(0),
    status: z.enum(['active', 'retired']),
    createdAt: StoredDate,
    createdBy: Actor,
    updatedAt: StoredDate,
    updatedBy: Actor,
  })
  .strict();
export type ExchangeItemDoc = z.infer<typeof ExchangeItemDoc>;

/** Stock put into (change > 0) or taken out of (change < 0) an item after it was added, once per idempotency key. */
export const StockMovementDoc = z
  .object({
    _id: StoredId,
    itemId: z.string().min(1),
    orgId: z.string().min(1),
    change: z.number().int(),
    /** The stock after this movement. */
    stockAfter: z.number().int().min(0),
    note: z.string().nullable(),
    actor: Actor,
    at: StoredDate,
  })
  .strict();
export type StockMovementDoc = z.infer<typeof StockMovementDoc>;
