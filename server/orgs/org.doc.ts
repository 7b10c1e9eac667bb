import { z } from 'zod';
import { StoredDate, StoredId } from '../stored';

/** 党委 → 党总支 (optional) → 支部 → 党小组. `ancestors` lists ids from the root down to the parent. */
export const OrgKind = z.enum(['committee', 'generalBranch', 'branch', 'group']);
export type OrgKind = z.infer<typeof OrgKind>;

export const OrgDoc = z
  .object({
    _id: StoredId,
    kind: OrgKind,
    name: z.string().min(1),
    parentId: z.string().nullable(),
    ancestors: z.array(z.string()),
    createdAt: StoredDate,
    createdBy: z.string(),
  })
  .strict();
export type OrgDoc = z.infer<typeof OrgDoc>;
