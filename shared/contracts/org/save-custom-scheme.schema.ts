import { z } from 'zod';
import { defineContract } from '../define-contract';
import { COMMITTEE_ADMIN_OF } from '../reasons/groups';
import { DocId } from '../common.schema';

/**
 * Saves a committee's own scheme version (the scheme format of shared/scheme). Versions are immutable:
 * saving an existing id@version is refused; an id may not reuse a preset's id.
 */
export const saveCustomScheme = defineContract({
  fn: 'org',
  action: 'saveCustomScheme',
  summary: '保存本党委的自定义积分方案（每个版本保存后不可修改）',
  roles: '党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      committeeId: DocId,
      /**
       * Checked as `npm run scheme:check` checks it (shared/scheme/custom-scheme.ts); problems are reported
       * as scheme.<path>, in Chinese. Its format is docs/scheme-format.md (the docs link it: `docLink`).
       */
      scheme: z.unknown().meta({ docLink: { text: '积分方案，格式见 scheme-format.md', href: 'scheme-format.md' } }),
    })
    .strict(),
  response: z.object({ ref: z.string(), id: z.string(), version: z.number().int() }).strict(),
  /** The largest preset is 16 KB and about 1,500 values; a branch's own document rarely needs a tenth more. */
  limits: { bytes: 256 * 1024, values: 20_000 },
  reasons: [...COMMITTEE_ADMIN_OF, 'SCHEME_INVALID', 'SCHEME_VERSION_EXISTS'],
});
