import { z } from 'zod';
import { isLocalDate } from '../period';
import { Code } from '../scheme/schema';

/** Document ids: what CloudBase generates (32 hex) or what we assign (slugs, composite keys). */
export const DocId = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:@-]+$/, '不是有效的编号');
export const LocalDate = z.string().refine(isLocalDate, '日期格式应为 YYYY-MM-DD');
export const Year = z.number().int().min(2000).max(2100);
export const ItemCode = Code;
/** Control characters people cannot type: everything in Unicode's Cc but tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- the pattern exists to find control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** At least one character that shows: not a space, separator, control or format (zero-width) character. */
const VISIBLE = /[^\s\p{Z}\p{Cc}\p{Cf}]/u;

/**
 * Text people type (names, reasons, descriptions): trimmed, between `min` and `max` characters, with
 * something visible in it and no control characters (a description of only U+0000 is refused like an
 * empty one). `empty` is the message for nothing written.
 */
export function Text(options: { min?: number; max: number; empty: string; tooLong?: string; tooShort?: string }) {
  const { min = 1, max, empty } = options;
  return z
    .string()
    .trim()
    .min(min, min > 1 ? (options.tooShort ?? empty) : empty)
    .max(max, options.tooLong ?? `最多 ${max} 个字`)
    .refine((text) => text === '' || VISIBLE.test(text), empty)
    .refine((text) => !VISIBLE.test(text) || !CONTROL.test(text), '不能含有控制字符');
}

export const PersonName = Text({ max: 32, empty: '请填写姓名', tooLong: '姓名过长' });
export const Phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '手机号应为 11 位数字');
/** A cloud storage file id (cloud://env.bucket/path). */
export const FileId = z
  .string()
  .regex(/^cloud:\/\/[^/\s]+\/\S+$/, '不是有效的云存储文件')
  .max(512);
/** A client-generated key that makes a retried request a no-op. */
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '幂等键应为 8–64 位字母、数字、- 或 _');
/** Points as people write them: at most two decimals (reviewers pick halves). */
export const PointsValue = z
  .number()
  .refine((v) => Number.isFinite(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-7, '分值最多两位小数');
/** Page through lists: at most 100 rows a call. */
export const PageRequest = z
  .object({ offset: z.number().int().min(0).max(100_000).default(0), limit: z.number().int().min(1).max(100).default(20) })
  .strict();

export const Role = z.enum(['member', 'recorder', 'secretary', 'committeeAdmin']);
export type Role = z.infer<typeof Role>;
