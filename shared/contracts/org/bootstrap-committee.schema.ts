import { z } from 'zod';
import { defineContract } from '../define-contract';
import { PersonName, Text } from '../common.schema';

/** First admin of a fresh environment: the one-time code from the org function's BOOTSTRAP_CODE. */
export const bootstrapCommittee = defineContract({
  fn: 'org',
  action: 'bootstrapCommittee',
  summary: '用一次性初始化口令创建第一个党委并成为其管理员',
  roles: '任何已登录用户（口令只能使用一次）',
  audience: 'signedIn',
  request: z
    .object({
      code: z.string().min(8, '初始化口令至少 8 位').max(128),
      committeeName: Text({ min: 2, max: 64, empty: '请填写党委名称' }),
      adminName: PersonName,
    })
    .strict(),
  response: z.object({ committeeId: z.string() }).strict(),
  reasons: ['BOOTSTRAP_DISABLED', 'BOOTSTRAP_CODE_WRONG', 'BOOTSTRAP_USED'],
});
