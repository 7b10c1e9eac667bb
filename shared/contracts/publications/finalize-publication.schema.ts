import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { PublicationSummary } from './publication-view.schema';

/** Makes a publication final once its window is over and every appeal is answered: frozen and sealed. */
export const finalizePublication = defineContract({
  fn: 'publications',
  action: 'finalizePublication',
  summary: '公示定稿：公示期结束且异议均已答复后，冻结公示表并加盖印章（哈希链）',
  roles: '本支部书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ publicationId: DocId }).strict(),
  response: PublicationSummary,
  reasons: ['PUBLICATION_NOT_FOUND', ...BRANCH_ROLE, ...BRANCH_YEAR, 'SCHEME_CHANGED', 'PUBLICATION_WINDOW_OPEN', 'APPEALS_OPEN'],
});
