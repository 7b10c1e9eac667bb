import { fail } from '../../errors/domain-error';
import type { OpenApi } from '../../runtime/services';

/**
 * WeChat's text check (security.msgSecCheck v2, scene 1) on what a member wrote. 'risky' refuses the
 * report (CONTENT_REJECTED) before anything is written; 'review' lets it through, flagged for the
 * reviewer. When the check itself fails the report is refused too: user text is never stored unchecked.
 */
export async function requireCleanText(openApi: OpenApi, openid: string, content: string): Promise<'pass' | 'review'> {
  let suggest: string | undefined;
  try {
    const reply = await openApi.security.msgSecCheck({ openid, scene: 1, version: 2, content });
    if (reply.errCode !== undefined && reply.errCode !== 0)
      throw Object.assign(new Error('msgSecCheck failed'), { errCode: reply.errCode });
    suggest = reply.result?.suggest;
  } catch (error) {
    if ((error as { errCode?: number }).errCode === 87014) suggest = 'risky';
    else {
      console.error('[reports] msgSecCheck failed', error);
      throw fail('CONTENT_CHECK_UNAVAILABLE');
    }
  }
  if (suggest === 'risky') throw fail('TEXT_RISKY');
  return suggest === 'review' ? 'review' : 'pass';
}
