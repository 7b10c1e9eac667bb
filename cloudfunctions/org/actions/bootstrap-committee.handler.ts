import { createHash, timingSafeEqual } from 'node:crypto';
import { bootstrapCommittee } from '../../../shared/contracts/org/bootstrap-committee.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { roleId } from '../../../server/roles/role.doc';
import { runTransaction } from '../../../server/db/transaction';
import { AppError, conflict, forbidden } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

const BOOTSTRAP_DOC = 'bootstrap';

function sameCode(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Creates the first committee and makes the caller its admin, once per environment. The code is the
 * function's BOOTSTRAP_CODE environment variable (docs/deploy.md); its use is recorded in `system`.
 */
export const bootstrapCommitteeHandler: Handler<typeof bootstrapCommittee> = async (request, { openid, now, services }) => {
  const expected = process.env.BOOTSTRAP_CODE;
  if (!expected || expected.length < 8) throw forbidden('本环境未配置初始化口令（BOOTSTRAP_CODE）', 'BOOTSTRAP_DISABLED');
  if (!sameCode(request.code, expected)) throw forbidden('初始化口令不正确', 'BOOTSTRAP_CODE_WRONG');
  return runTransaction(services.db, async (tx) => {
    const used = await tx.collection(COLLECTIONS.system).doc(BOOTSTRAP_DOC).get();
    if (used.data) throw conflict('本环境已经初始化过，请向现有管理员申请权限', 'BOOTSTRAP_USED');
    const org = await tx
      .collection(COLLECTIONS.orgs)
      .add({ kind: 'committee', name: request.committeeName, parentId: null, ancestors: [], createdAt: now, createdBy: openid });
    const committeeId = org.id;
    if (!committeeId) throw new AppError('INTERNAL', '创建党委失败');
    await tx
      .collection(COLLECTIONS.roles)
      .doc(roleId(openid, committeeId, 'committeeAdmin'))
      .set({
        openid,
        orgId: committeeId,
        role: 'committeeAdmin',
        title: `管理员 ${request.adminName}`,
        name: request.adminName,
        grantedBy: 'bootstrap',
        grantedAt: now,
      });
    await tx.collection(COLLECTIONS.system).doc(BOOTSTRAP_DOC).set({ usedBy: openid, usedAt: now, committeeId });
    return { committeeId };
  });
};
