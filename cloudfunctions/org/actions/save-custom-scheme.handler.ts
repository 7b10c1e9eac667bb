import { saveCustomScheme } from '../../../shared/contracts/org/save-custom-scheme.schema';
import { presetIds, Scheme } from '../../../shared/scheme';
import { parseWith } from '../../../shared/validation';
import { requireCommitteeAdminOf } from '../../../server/access/org-authority';
import { fail, failOnFields, invalidField } from '../../../server/errors/domain-error';
import { SchemeDoc, schemeDocId } from '../../../server/schemes/scheme.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * Validates the scheme with the shared Scheme schema (every problem as `scheme.<path>`) and stores it,
 * defaults filled in, as `${id}@${version}`. Versions are immutable: an existing one is a CONFLICT.
 * Requests: roles 1 + committee org 1 + insert 1 = 3.
 */
export const saveCustomSchemeHandler: Handler<typeof saveCustomScheme> = async (request, { openid, now, access, repos }) => {
  const committee = await requireCommitteeAdminOf(access, request.committeeId);
  const parsed = parseWith(Scheme, request.scheme, 'scheme');
  if (!parsed.ok) throw failOnFields('SCHEME_INVALID', parsed.problems, { count: parsed.problems.length });
  const scheme = parsed.value;
  if (presetIds().includes(scheme.id)) throw invalidField('scheme.id', `“${scheme.id}”是预置方案的编号，自定义方案请另起编号`);
  const ref = schemeDocId(scheme.id, scheme.version);
  const doc: SchemeDoc = {
    _id: ref,
    committeeId: committee._id,
    schemeId: scheme.id,
    version: scheme.version,
    scheme: scheme as unknown as Record<string, unknown>,
    createdBy: openid,
    createdAt: now,
  };
  if (!(await repos.schemes.insertVersion(doc))) throw fail('SCHEME_VERSION_EXISTS', { id: scheme.id, version: scheme.version });
  return { ref, id: scheme.id, version: scheme.version };
};
