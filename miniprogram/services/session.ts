import { CONTRACTS } from '../shared/index';
import type { ResponseOf } from '../shared/index';
import type { CallResult } from './call-result';
import type { ServiceClient } from './service-client';

export type Profile = ResponseOf<typeof CONTRACTS.org.myProfile>;

/**
 * Who the caller is (org.myProfile), kept on the phone per identity: asked once (after binding, or the
 * first launch) so that each page's first screen costs one call. Pages call `refresh` when a reply says
 * the kept profile is out of date (not bound any more, no longer an officer).
 */
export interface Session {
  profile(): Profile | null;
  refresh(): Promise<CallResult<Profile>>;
  forget(): void;
}

const keyOf = (identity: string) => `profile:${identity}`;

export function createSession(client: ServiceClient): Session {
  const key = keyOf(client.transport.identity);
  return {
    profile() {
      const stored = wx.getStorageSync<Profile | ''>(key);
      return stored && Array.isArray(stored.roles) && Array.isArray(stored.members) ? stored : null;
    },
    async refresh() {
      const result = await client.call(CONTRACTS.org.myProfile, {});
      if (result.ok) wx.setStorageSync(key, result.data);
      return result;
    },
    forget() {
      wx.removeStorageSync(key);
    },
  };
}
