import { z } from 'zod';
import { StoredDate } from './common';

/** A one-time, expiring invite code binding a WeChat user to a member record. Only its hash is stored. */
export const InviteDoc = z
  .object({
    _id: z.string(),
    memberId: z.string(),
    branchId: z.string(),
    createdBy: z.string(),
    createdAt: StoredDate,
    expiresAt: StoredDate,
    usedAt: StoredDate.nullable(),
    usedBy: z.string().nullable(),
  })
  .strict();
export type InviteDoc = z.infer<typeof InviteDoc>;
