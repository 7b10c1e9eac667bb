import { services } from '../services/services';
import type { CallFailure } from '../services/call-result';
import { branchOf, homeAudienceOf, type CallerBranch, type HomeAudience } from './who-am-i';

export type CallerBranchResult = { ok: true; audience: HomeAudience; branch: CallerBranch | null } | CallFailure;

/**
 * Who the caller is and which branch their branch pages show: from the profile kept on the phone (no
 * call), asked once when there is none or `fresh` is set (a reply said the kept one is out of date).
 */
export async function callerBranch(fresh = false): Promise<CallerBranchResult> {
  const { session } = services();
  if (fresh) session.forget();
  let profile = session.profile();
  if (!profile) {
    const fetched = await session.refresh();
    if (!fetched.ok) return fetched;
    profile = fetched.data;
  }
  const audience = homeAudienceOf(profile);
  return { ok: true, audience, branch: branchOf(audience) };
}
