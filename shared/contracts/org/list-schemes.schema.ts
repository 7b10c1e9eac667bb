import { z } from 'zod';
import { defineContract } from '../define-contract';
import { COMMITTEE_ADMIN_OF } from '../reasons/groups';
import { DocId } from '../common.schema';

const SchemeSummary = {
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  period: z.enum(['month', 'quarter']),
};

/** The schemes a committee can give its branches: the presets and its own custom versions. */
export const listSchemes = defineContract({
  fn: 'org',
  action: 'listSchemes',
  summary: '查看可选的积分方案（预置方案和本党委的自定义方案）',
  roles: '党委管理员',
  audience: 'signedIn',
  request: z.object({ committeeId: DocId }).strict(),
  response: z
    .object({
      presets: z.array(z.object(SchemeSummary).strict()),
      /** Every saved version, newest first within a scheme; `ref` is what setBranchScheme takes. */
      custom: z.array(z.object({ ...SchemeSummary, ref: z.string(), createdAt: z.string() }).strict()),
    })
    .strict(),
  reasons: [...COMMITTEE_ADMIN_OF],
});
