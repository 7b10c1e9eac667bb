import { saveCustomScheme } from '../../../shared/contracts/org/save-custom-scheme.schema';
import { parseCustomScheme } from '../../../shared/scheme/custom-scheme';
import { requireCommitteeAdminOf } from '../../../server/access/org-authority';
import { fail, failOnFields } from '../../../server/errors/domain-error';
import { SchemeDoc, schemeDocId } from '../../../server/schemes/scheme.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * Validates the scheme as `npm run scheme:check` does (parseCustomScheme: the shared Scheme schema and an
 * id no preset has; every problem in Chinese as `scheme.<path>`) and stores it, defaults filled in, as
 * `${id}@${version}`. Versions are immutable: an existing one is a CONFLICT.
 * Requests: roles 1 + committee org 1 + insert 1 = 3.
 */
export const saveCustomSchemeHandler: Handler<typeof saveCustomScheme> = async (request, { openid, now, access, repos }) => {
  const committee = await requireCommitteeAdminOf(access, request.committeeId);
  const parsed = parseCustomScheme(request.scheme, 'scheme');
  if (!parsed.ok) throw failOnFields('SCHEME_INVALID', parsed.problems, { count: parsed.problems.length });
  const scheme = parsed.value;
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
