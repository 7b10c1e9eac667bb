import { z } from 'zod';

/** Timestamps are stored as dates (Extended JSON $date); business dates as 'YYYY-MM-DD' strings. */
export const StoredDate = z.date();
export const StoredId = z.string().min(1);

/** Who did something, kept on every written record. */
export const Actor = z
  .object({
    openid: z.string().min(1),
    role: z.enum(['member', 'recorder', 'secretary', 'committeeAdmin', 'system']),
    name: z.string().optional(),
  })
  .strict();
export type Actor = z.infer<typeof Actor>;
