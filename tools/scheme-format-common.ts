import { z } from 'zod';
import { Cap, MemberCondition } from '../shared/scheme/schema';
import { doc, type FieldDoc } from '../shared/scheme/schema/field-doc';

/**
 * The documentation of the shared values of shared/scheme/schema/common.schema.ts. Kept here until that
 * file carries its own `.meta(doc(…))` (it is being changed by another piece of work): registering the
 * same documentation on its fields from outside changes nothing a parse does.
 */
const CAP_DOCS: Record<keyof typeof Cap.shape, FieldDoc> = {
  perPeriod: doc('每期（每月或每季度）不超过', 'At most this much per period', { unit: '分', example: 20 }),
  perYear: doc('每年不超过', 'At most this much per year', { unit: '分', example: 10 }),
};

const CONDITION_DOCS: Record<keyof typeof MemberCondition.shape, FieldDoc> = {
  categories: doc('党员类别：selfManaged 自管党员，inService 在职党员，mobile 流动党员', 'Member categories', {
    example: ['selfManaged'],
  }),
  statuses: doc('党员身份：full 正式党员，probationary 预备党员，activist 入党积极分子', 'Member statuses', {
    example: ['full', 'probationary'],
  }),
  tiers: doc('党员层次代码（与基础分层次、党员名册的 tier 对应）', 'Member tiers (codes)', { example: ['secretary'] }),
  ageAtLeast: doc('年满（含本数，“70岁以上”写 70）', 'Age at least (inclusive: 70岁以上 is 70)', { unit: '岁', example: 70 }),
  ageBelow: doc('年龄低于（不含本数，“60-70岁”写 ageAtLeast 60、ageBelow 70）', 'Age below (exclusive)', { unit: '岁', example: 70 }),
};

export function registerCommonDocs(): void {
  for (const [name, fieldDoc] of Object.entries(CAP_DOCS)) z.globalRegistry.add(Cap.shape[name as keyof typeof CAP_DOCS], fieldDoc);
  for (const [name, fieldDoc] of Object.entries(CONDITION_DOCS))
    z.globalRegistry.add(MemberCondition.shape[name as keyof typeof CONDITION_DOCS], fieldDoc);
}

export interface CommonDoc {
  anchor: string;
  title: string;
  text: string;
  shape?: Record<string, z.ZodType>;
}

export const COMMON_DOCS: CommonDoc[] = [
  {
    anchor: 'code',
    title: '代码（code）',
    text:
      '项目、类别、等次等的代码：以小写英文字母开头，由字母、数字和 `.` `_` `-` 连接，最多 64 个字符，全方案唯一，' +
      '如 `duties.absent`、`excellent`。记录、名册和导出用代码指明规则，所以保存后不要改代码。',
  },
  { anchor: 'label', title: '文字（label）', text: '显示给党员看的中文：1–200 个字符，首尾空格不计。' },
  {
    anchor: 'source',
    title: '依据（source）',
    text: '这条规则出自细则的哪一条：1–300 个字符，如 `"本支部细则 第三条（一）"`。预览和党员看到的计分说明都会引用它。',
  },
  {
    anchor: 'points',
    title: '分值（points）',
    text:
      '按细则写的分数：加分为正，扣分为负，最多两位小数（`5`、`-0.5`、`2.25`）。计算一律以 0.01 分为单位精确进行；' +
      '平均、除法和百分比四舍五入到 0.01 分。',
  },
  {
    anchor: 'cap',
    title: '上限（cap）',
    text: '加分或扣分的上限，按绝对值写正数；`perPeriod`、`perYear` 至少写一个。',
    shape: Cap.shape,
  },
  {
    anchor: 'membercondition',
    title: '适用条件（when）',
    text: '规则适用于哪些党员；写了的条件都要满足。年龄按周岁计（民法典第1259条：“以上、以下”包括本数）。',
    shape: MemberCondition.shape,
  },
];
