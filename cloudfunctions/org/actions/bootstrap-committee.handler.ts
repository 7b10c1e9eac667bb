import { createHash, timingSafeEqual } from 'node:crypto';
import { bootstrapCommittee } from '../../../shared/contracts/org/bootstrap-committee.schema';
import { fail } from '../../../server/errors/domain-error';
import { newOrg } from '../../../server/orgs/new-org';
import { roleId } from '../../../server/roles/role.doc';
import { Handler } from '../../../server/runtime/route';

function sameCode(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Creates the first committee and makes the caller its admin, once per environment. The code is the
 * function's BOOTSTRAP_CODE environment variable (docs/deploy.md); its use is recorded in `system`.
 * Requests: one transaction — begin 1 + the bootstrap record 1 + the committee 1 + the role 1 + the record 1 + commit 1 = 6.
 */
export const bootstrapCommitteeHandler: Handler<typeof bootstrapCommittee> = async (request, { openid, now, transaction }) => {
  const expected = process.env.BOOTSTRAP_CODE;
  if (!expected || expected.length < 8) throw fail('BOOTSTRAP_DISABLED');
  if (!sameCode(request.code, expected)) throw fail('BOOTSTRAP_CODE_WRONG');
  return transaction(async (repos) => {
    if (await repos.system.bootstrapUsed()) throw fail('BOOTSTRAP_USED');
    const committee = newOrg('committee', request.committeeName, null, openid, now);
    // No committee exists before the bootstrap (only it creates one), so the root name cannot be taken.
    if (!(await repos.orgs.insert(committee))) throw new Error('bootstrapCommittee: a committee of that name exists already');
    await repos.roles.put({
      _id: roleId(openid, committee._id, 'committeeAdmin'),
      openid,
      orgId: committee._id,
      role: 'committeeAdmin',
      title: `管理员 ${request.adminName}`,
      name: request.adminName,
      grantedBy: 'bootstrap',
      grantedAt: now,
    });
    await repos.system.recordBootstrap({ usedBy: openid, usedAt: now, committeeId: committee._id });
    return { committeeId: committee._id };
  });
};
