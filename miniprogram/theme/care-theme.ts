/**
 * Care mode (关爱模式) for older members: larger text and touch targets. Pure rules here; the phone's
 * settings and the stored choice are read in care-mode.ts.
 *
 * Every size in the pages' and our components' WXSS is written as `calc(<size> * var(--scale))`, and
 * styles/theme.wxss points tdesign's size variables at the same scale, so one CSS variable on the page
 * root resizes everything, tdesign's controls included.
 */

/** WeChat's standard font size (微信 → 设置 → 通用 → 字体大小 → 标准), in px. */
export const STANDARD_FONT_PX = 17;
/** From this size on the member has enlarged WeChat's text: care mode is on unless they turned it off. */
export const ENLARGED_FONT_PX = 19;
/** Care mode's smallest and largest scale: 1.3 × a 17 px body is 22 px; beyond 1.6 lines of a 375-pt screen break mid-word. */
export const CARE_SCALE_MIN = 1.3;
export const CARE_SCALE_MAX = 1.6;

export interface CareTheme {
  care: boolean;
  scale: number;
  /** For the page root's style attribute. */
  style: string;
}

export function careByDefault(phoneFontPx: number): boolean {
  return phoneFontPx >= ENLARGED_FONT_PX;
}

/** Care mode follows the phone: the larger WeChat's font, the larger the scale, within [1.3, 1.6]. */
export function careScale(phoneFontPx: number): number {
  const followed = CARE_SCALE_MIN * (phoneFontPx / STANDARD_FONT_PX);
  return Math.round(Math.min(CARE_SCALE_MAX, Math.max(CARE_SCALE_MIN, followed)) * 100) / 100;
}

export function careTheme(care: boolean, phoneFontPx: number): CareTheme {
  const scale = care ? careScale(phoneFontPx) : 1;
  return { care, scale, style: `--scale:${scale};` };
}
