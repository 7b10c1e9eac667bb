import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { CATALOGUE_KEEPER } from '../reasons/groups';
import { ManagedItemView } from './exchange-views.schema';

/** A catalogue as the officers who keep it see it: every item with its stock explained, retired ones on request. */
export const listItems = defineContract({
  fn: 'exchange',
  action: 'listItems',
  summary: '管理兑换目录：本组织的物品、库存（入库、已兑换、出库）和状态',
  roles: '支部的书记、记分员（支部的目录）；上级党委管理员（支部或党委的目录）',
  audience: 'signedIn',
  request: z.object({ orgId: DocId, includeRetired: z.boolean().default(false) }).strict(),
  response: z
    .object({
      org: z.object({ orgId: z.string(), name: z.string(), kind: z.enum(['committee', 'generalBranch', 'branch']) }).strict(),
      items: z.array(ManagedItemView),
      /** Where the caller uploads a new item picture ("exchange/<openid>/"): the mini-program cannot know its openid otherwise. */
      pictureFolder: z.string(),
    })
    .strict(),
  reasons: [...CATALOGUE_KEEPER],
});
