import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { PublicationSummary } from './publication-view.schema';

/** A branch's publications of a year, newest first (the board page's list). */
export const listPublications = defineContract({
  fn: 'publications',
  action: 'listPublications',
  summary: '本支部某年度的各期公示（最新的在前）',
  roles: '本支部党员、记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year }).strict(),
  response: z.object({ publications: z.array(PublicationSummary) }).strict(),
  reasons: [...BRANCH_ROLE],
});
