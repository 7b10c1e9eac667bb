import { careByDefault, careTheme, STANDARD_FONT_PX, type CareTheme } from './care-theme';

const STORAGE_KEY = 'careMode';
type Listener = (theme: CareTheme) => void;
const listeners = new Set<Listener>();

/**
 * WeChat's font size (微信 → 设置 → 通用 → 字体大小), in px. wx.getAppBaseInfo has it from base library
 * 2.23.4; older ones only through the deprecated wx.getSystemInfoSync.
 */
export function phoneFontPx(): number {
  const fromBase = typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo().fontSizeSetting : undefined;
  const size = fromBase ?? wx.getSystemInfoSync().fontSizeSetting;
  return typeof size === 'number' && size > 0 ? size : STANDARD_FONT_PX;
}

/** The member's own choice, or null when they have not chosen (care mode then follows the phone). */
export function chosenCareMode(): boolean | null {
  const stored = wx.getStorageSync<'on' | 'off' | ''>(STORAGE_KEY);
  return stored === 'on' ? true : stored === 'off' ? false : null;
}

export function currentCareTheme(): CareTheme {
  const font = phoneFontPx();
  return careTheme(chosenCareMode() ?? careByDefault(font), font);
}

/** Turns care mode on or off for every page, at once (open pages are told through onCareModeChange). */
export function setCareMode(on: boolean): CareTheme {
  wx.setStorageSync(STORAGE_KEY, on ? 'on' : 'off');
  const theme = currentCareTheme();
  listeners.forEach((listener) => listener(theme));
  return theme;
}

export function onCareModeChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
