/**
 * WeChat's rules for the values of a subscription message, by the type its field key starts with
 * (`thing1`, `time3` …), as the subscribeMessage.send documentation lists them ("订阅消息参数值内容限制说明").
 * A value that breaks them is refused with 47003 "argument invalid! data.<key>.value invalid" (or
 * "… is empty"), as WeChat answers. Types the table does not list (enum) are not checked.
 */

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;
const DATE = /(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
const TIME = /\d{1,2}:\d{2}/;
const DATE_TIME_CHARS = /^[\d年月日\-/.: ~]+$/;

const RULES: Record<string, (value: string, length: number) => boolean> = {
  thing: (_, n) => n <= 20,
  number: (v, n) => n <= 32 && /^[+-]?\d+(\.\d+)?$/.test(v),
  letter: (v, n) => n <= 32 && /^[A-Za-z]+$/.test(v),
  symbol: (v, n) => n <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(v),
  character_string: (v, n) => n <= 32 && /^[\x21-\x7e]+$/.test(v),
  time: (v) => DATE_TIME_CHARS.test(v) && TIME.test(v),
  date: (v) => DATE_TIME_CHARS.test(v) && DATE.test(v),
  amount: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v, n) => n <= 17 && /^[\d+\-() ]+$/.test(v),
  car_number: (_, n) => n <= 8,
  name: (v, n) => (CJK.test(v.replace(/[·•]/g, '')) ? n <= 10 : n <= 20 && /^[A-Za-z\s.'·-]+$/.test(v)),
  phrase: (v, n) => n <= 5 && CJK.test(v),
};

/** The errmsg WeChat answers for the first value of `data` it refuses, or null when every value passes. */
export function subscribeDataProblem(data: Record<string, unknown>): string | null {
  for (const [key, entry] of Object.entries(data)) {
    const raw = entry !== null && typeof entry === 'object' ? (entry as { value?: unknown }).value : undefined;
    const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
    if (value.trim() === '') return `argument invalid! data.${key}.value is empty`;
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const rule = type ? RULES[type] : undefined;
    if (rule && !rule(value, [...value].length)) return `argument invalid! data.${key}.value invalid`;
  }
  return null;
}
