import { fail } from '../../errors/domain-error';
import type { ContentCheck } from '../../reports/report-media';
import type { OpenApi } from './open-api';

/** WeChat's content security checks through wx-server-sdk's cloud.openapi (the emulator answers them locally). */
export class WechatContentCheck implements ContentCheck {
  constructor(private readonly openApi: OpenApi) {}

  /**
   * security.msgSecCheck v2, scene 1, on what a member wrote. 'risky' refuses the report
   * (CONTENT_REJECTED) before anything is written; 'review' lets it through, flagged for the reviewer.
   * When the check itself fails the report is refused too: user text is never stored unchecked.
   */
  async requireCleanText(openid: string, content: string): Promise<'pass' | 'review'> {
    let suggest: string | undefined;
    try {
      const reply = await this.openApi.security.msgSecCheck({ openid, scene: 1, version: 2, content });
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

  /**
   * security.mediaCheckAsync v2 for each photo, by its temporary URL: the verdict arrives later, so it
   * never blocks the report; the trace ids are kept on the report (null where the call failed).
   */
  async startImageChecks(openid: string, mediaUrls: readonly string[]): Promise<(string | null)[]> {
    return Promise.all(
      mediaUrls.map(async (mediaUrl) => {
        try {
          const reply = await this.openApi.security.mediaCheckAsync({ openid, scene: 1, version: 2, mediaUrl, mediaType: 2 });
          return reply.traceId ?? null;
        } catch (error) {
          console.warn('[reports] mediaCheckAsync failed; the report is kept without a trace id', error);
          return null;
        }
      }),
    );
  }
}
