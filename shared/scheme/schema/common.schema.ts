import { z } from 'zod';
import { isHundredths } from '../../points';
import { doc } from './field-doc';

/** The form of a stable machine code: lower camel or dotted segments, e.g. `duties.study.absent`, `excellent`. */
export const CODE_PATTERN = /^[a-z][a-zA-Z0-9]*(?:[._-][a-zA-Z0-9]+)*$/;
export const CODE_MAX_LENGTH = 64;

/** A stable machine code: lower camel or dotted segments, e.g. `duties.study.absent`, `excellent`. */
export const Code = z
  .string()
  .regex(CODE_PATTERN, '代码以小写英文字母开头，只用字母、数字和“.”“_”“-”，如 "duties.absent"')
  .max(CODE_MAX_LENGTH);

/** Points as a committee writes them (40, −5, −0.5, 2.5): at most two decimals. */
export const Points = z.number().refine(isHundredths, '分值最多两位小数');

export const PositivePoints = Points.refine((v) => v > 0, '应大于 0');

/** Chinese display text shown to users. */
export const Label = z.string().trim().min(1).max(200);

/** Where a number comes from: the seed file and section, e.g. "001 附件1 学习教育". */
export const Source = z.string().trim().min(1).max(300);

/** A limit on the magnitude of points, per scoring period and/or per year. */
export const Cap = z
  .object({
    perPeriod: PositivePoints.optional().meta(
      doc('每期（每月或每季度）不超过', 'At most this much per period', { unit: '分', example: 20 }),
    ),
    perYear: PositivePoints.optional().meta(doc('每年不超过', 'At most this much per year', { unit: '分', example: 10 })),
  })
  .strict()
  .refine((c) => c.perPeriod !== undefined || c.perYear !== undefined, '请给出 perPeriod、perYear 或两者');
export type Cap = z.infer<typeof Cap>;

export const MemberStatus = z.enum(['full', 'probationary', 'activist']);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** 自管党员 / 在职党员 / 流动党员 (000 §3). */
export const MemberCategory = z.enum(['selfManaged', 'inService', 'mobile']);
export type MemberCategory = z.infer<typeof MemberCategory>;

/** The four results of the yearly democratic review (民主评议): 优秀 / 合格 / 基本合格 / 不合格. */
export const ReviewGrade = z.enum(['excellent', 'qualified', 'basicallyQualified', 'unqualified']);
export type ReviewGrade = z.infer<typeof ReviewGrade>;

/**
 * Who a rule applies to. Ages are full years; following the convention of Chinese law
 * (民法典 第1259条: "以上、以下、以内、届满" include the number itself), "70岁以上" is ageAtLeast 70,
 * and "60-70岁" next to it becomes ageAtLeast 60, ageBelow 70.
 */
export const MemberCondition = z
  .object({
    categories: z
      .array(MemberCategory)
      .min(1)
      .optional()
      .meta(doc('党员类别：selfManaged 自管党员，inService 在职党员，mobile 流动党员', 'Member categories', { example: ['selfManaged'] })),
    statuses: z
      .array(MemberStatus)
      .min(1)
      .optional()
      .meta(
        doc('党员身份：full 正式党员，probationary 预备党员，activist 入党积极分子', 'Member statuses', {
          example: ['full', 'probationary'],
        }),
      ),
    tiers: z
      .array(Code)
      .min(1)
      .optional()
      .meta(doc('党员层次代码（与基础分层次、党员名册的 tier 对应）', 'Member tiers (codes)', { example: ['secretary'] })),
    ageAtLeast: z
      .number()
      .int()
      .min(0)
      .max(150)
      .optional()
      .meta(doc('年满（含本数，“70岁以上”写 70）', 'Age at least (inclusive: 70岁以上 is 70)', { unit: '岁', example: 70 })),
    ageBelow: z
      .number()
      .int()
      .min(1)
      .max(150)
      .optional()
      .meta(doc('年龄低于（不含本数，“60-70岁”写 ageAtLeast 60、ageBelow 70）', 'Age below (exclusive)', { unit: '岁', example: 70 })),
  })
  .strict()
  .refine((c) => c.ageAtLeast === undefined || c.ageBelow === undefined || c.ageAtLeast < c.ageBelow, {
    message: 'ageAtLeast 应小于 ageBelow',
    path: ['ageBelow'],
  });
export type MemberCondition = z.infer<typeof MemberCondition>;
