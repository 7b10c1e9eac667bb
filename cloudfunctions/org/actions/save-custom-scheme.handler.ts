import { saveCustomScheme } from '../../../shared/contracts/org/save-custom-scheme.schema';
import { presetIds, Scheme } from '../../../shared/scheme';
import { parseWith } from '../../../shared/validation';
import { isDuplicateKey } from '../../../server/db/cloudbase';
import { COLLECTIONS } from '../../../server/db/collections';
import { SchemeDoc, schemeDocId } from '../../../server/schemes/scheme.doc';
import { requireCommitteeAdminOf } from '../../../server/access/org-authority';
import { AppError, conflict, invalid } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Validates the scheme with the shared Scheme schema (every problem as `scheme.<path>`) and stores it,
 * defaults filled in, as `${id}@${version}`. Versions are immutable: an existing one is a CONFLICT.
 * Requests: roles 1 + committee org 1 + insert 1 = 3.
 */
export const saveCustomSchemeHandler: Handler<typeof saveCustomScheme> = async (request, { openid, now, services, access }) => {
  const committee = await requireCommitteeAdminOf(access, request.committeeId);
  const parsed = parseWith(Scheme, request.scheme);
  if (!parsed.ok) {
    const fields = parsed.issues.map((issue) => ({ path: ['scheme', ...issue.path].join('.'), message: issue.message }));
    throw new AppError(
      'VALIDATION',
      `积分方案有 ${fields.length} 处问题：${fields
        .slice(0, 5)
        .map((f) => `${f.path}: ${f.message}`)
        .join('；')}`,
      'SCHEME_INVALID',
      fields,
    );
  }
  const scheme = parsed.value;
  if (presetIds().includes(scheme.id)) throw invalid('scheme.id', `“${scheme.id}”是预置方案的编号，自定义方案请另起编号`);
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
  try {
    await services.db.collection(COLLECTIONS.schemes).add(doc);
  } catch (error) {
    if (isDuplicateKey(error))
      throw conflict(`方案 ${scheme.id} 的第 ${scheme.version} 版已存在；修改方案请提高版本号`, 'SCHEME_VERSION_EXISTS');
    throw error;
  }
  return { ref, id: scheme.id, version: scheme.version };
};
