import { verifySeals } from '../../../shared/contracts/publications/verify-seals.schema';
import { verifySealChain } from '../../../server/publications/seal-verification';
import { Handler } from '../../../server/runtime/route';

/**
 * Checks a branch's seal chain (server/publications/seal-verification.ts): every final publication, its
 * counted lines and its link to the one before. Reads all of them: a check, not a page.
 */
export const verifySealsHandler: Handler<typeof verifySeals> = async (request, { access, repos }) => {
  await access.requireCommitteeOver(request.branchId);
  return verifySealChain(repos, request.branchId);
};
