/**
 * Turns a page rendered by miniprogram-simulate (its jsdom tree and the WXSS the simulator inserted, tdesign's
 * included) into a stand-alone HTML page at a 375-pt phone width, for a headless browser to photograph.
 * A preview of the rendered WXML, not WeChat's renderer: native components are drawn by the browser.
 */

/** rpx → px on a 375-pt screen (750rpx = 375px); miniprogram-simulate's own conversion is 1rpx = 1px. */
export function rpxToPx375(css: string): string {
  return css.replace(/(-?\d*\.?\d+)rpx/g, (_, n: string) => `${Number(n) / 2}px`);
}

/** WeChat's defaults for the built-in tags the pages use (the simulator renders them as wx-* elements). */
const BASE_CSS = `
html, body { margin: 0; padding: 0; }
body { width: 375px; background: #f4f4f4; font-family: -apple-system, 'PingFang SC', 'Noto Sans CJK SC', sans-serif;
  font-size: 16px; color: #1a1a1a; -webkit-font-smoothing: antialiased; }
wx-view, wx-scroll-view, wx-swiper, wx-label, wx-form { display: block; }
wx-text { display: inline; }
wx-label { display: inline; }
wx-image { display: inline-block; width: 320px; height: 240px; }
wx-button { display: block; box-sizing: border-box; margin: 0; padding: 0; border: 0; font: inherit; background: none;
  text-align: center; cursor: pointer; }
wx-button::after { content: ' '; position: absolute; top: 0; left: 0; width: 200%; height: 200%; transform: scale(0.5);
  transform-origin: 0 0; box-sizing: border-box; border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 10px; pointer-events: none; }
input { display: block; width: 100%; border: 0; outline: 0; background: transparent; font: inherit; color: inherit; padding: 0;
  min-height: 1.4em; }
input::placeholder { color: #6e6e6e; }
textarea { display: block; width: 100%; box-sizing: border-box; border: 0; outline: 0; background: transparent; font: inherit;
  color: inherit; padding: 0; resize: none; overflow: hidden; }
textarea::placeholder { color: #6e6e6e; }
`;

interface WxElement {
  _vt?: { attrs?: { name: string; value: unknown }[] };
}

/** The attributes the template gave a native element (value, placeholder …), from the simulator's virtual tree. */
function templateAttrs(element: Element): Record<string, unknown> {
  const wx = (element as Element & { __wxElement?: WxElement }).__wxElement;
  return Object.fromEntries((wx?._vt?.attrs ?? []).map((attr) => [attr.name, attr.value]));
}

export function screenHtml(root: Element, title: string): string {
  const css = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  const clone = root.cloneNode(true) as Element;
  const originals = [...root.querySelectorAll('wx-input')];
  [...clone.querySelectorAll('wx-input')].forEach((copy, index) => {
    const attrs = templateAttrs(originals[index]);
    const input = document.createElement('input');
    input.className = copy.className;
    input.setAttribute('value', String(attrs.value ?? ''));
    input.setAttribute('placeholder', String(attrs.placeholder ?? ''));
    copy.replaceWith(input);
  });
  const areas = [...root.querySelectorAll('wx-textarea')];
  [...clone.querySelectorAll('wx-textarea')].forEach((copy, index) => {
    const attrs = templateAttrs(areas[index]);
    const area = document.createElement('textarea');
    area.className = copy.className;
    area.textContent = String(attrs.value ?? '');
    area.setAttribute('placeholder', String(attrs.placeholder ?? ''));
    area.setAttribute('rows', String(Math.max(3, Math.ceil(String(attrs.value ?? '').length / 18))));
    copy.replaceWith(area);
  });
  // An image's src lives in the simulator's virtual tree only: drawn here as the element's background, as
  // mode "aspectFill" would (links that point nowhere stay blank; the previews' stand-in photos are data: URLs).
  const images = [...root.querySelectorAll('wx-image')];
  [...clone.querySelectorAll('wx-image')].forEach((copy, index) => {
    const src = String(templateAttrs(images[index]).src ?? '');
    const drawn = `background-image: url("${src}"); background-size: cover; background-position: center; background-repeat: no-repeat`;
    if (src) copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};${drawn}`);
  });
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=375, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${BASE_CSS}</style>`,
    `<style>${rpxToPx375(css)}</style>`,
    '</head><body>',
    clone.outerHTML,
    '</body></html>',
  ].join('\n');
}
