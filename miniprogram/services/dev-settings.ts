import type { DevTarget } from './dev-transport';

/**
 * Development mode: the product against `npm start`'s emulator, as a chosen test identity. Offered only
 * in a development build (envVersion "develop": WeChat DevTools or a 预览/开发版 on a phone) and on by
 * default only inside DevTools, where 127.0.0.1 is the developer's own computer.
 */
export interface DevSettings extends DevTarget {
  enabled: boolean;
}

export interface DemoIdentity {
  openid: string;
  name: string;
  role: string;
}

/** The people `npm start` seeds (tools/demo/demo-cast.ts), and one stranger to try binding with an invite code. */
export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'demo-v03', name: '张伟', role: '青石村党支部 党员' },
  { openid: 'demo-v01', name: '王建国', role: '青石村党支部 书记' },
  { openid: 'demo-v02', name: '李秀英', role: '青石村党支部 记分员' },
  { openid: 'demo-v10', name: '吴桂兰', role: '青石村党支部 党员（74 岁）' },
  { openid: 'demo-o04', name: '宋雅琴', role: '镇机关事务中心党支部 党员' },
  { openid: 'demo-o01', name: '林书文', role: '镇机关事务中心党支部 书记' },
  { openid: 'demo-admin', name: '刘组织', role: '青石镇党委 组织办管理员' },
  { openid: 'dev-newcomer', name: '新用户', role: '尚未绑定（试用邀请码）' },
];

export const DEFAULT_DEV_TARGET: DevTarget = { baseUrl: 'http://127.0.0.1:8790', openid: 'demo-v03' };
const STORAGE_KEY = 'devSettings';

export function devModeAvailable(): boolean {
  return wx.getAccountInfoSync().miniProgram.envVersion === 'develop';
}

/** The stored development settings; null in a trial or release build, where only wx.cloud is used. */
export function readDevSettings(): DevSettings | null {
  if (!devModeAvailable()) return null;
  const stored = wx.getStorageSync<Partial<DevSettings> | ''>(STORAGE_KEY);
  const inDevTools = wx.getDeviceInfo().platform === 'devtools';
  return {
    enabled: stored && typeof stored.enabled === 'boolean' ? stored.enabled : inDevTools,
    baseUrl: (stored && stored.baseUrl) || DEFAULT_DEV_TARGET.baseUrl,
    openid: (stored && stored.openid) || DEFAULT_DEV_TARGET.openid,
  };
}

export function saveDevSettings(settings: DevSettings): void {
  wx.setStorageSync(STORAGE_KEY, settings);
}
