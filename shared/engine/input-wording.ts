import { REVIEW_GRADE_NAMES } from './trace-wording';
import type { ReviewGrade } from '../scheme/schema';

/**
 * Every Chinese sentence the engine answers about its input: the message of each field problem a
 * scenario can have (the path says where). One file, like the trace's wording; an entry's own fields
 * are worded by check-entry.ts, which the cloud functions share.
 */

export const NOT_A_DATE = '应为 YYYY-MM-DD 格式的日期';
export const NOT_IN_SCORED_YEAR = '应为积分年度内的日期';

export const asOfBeforeYearText = (asOf: string, year: number) =>
  `计分截止日 ${asOf} 在积分年度 ${year} 年之前：还没有开始的考核周期，无分可计`;
export const fromOutsideYearText = (year: number) => `应为积分年度 ${year} 年内的日期`;
export const fromAfterAsOfText = (from: string, asOf: string) => `开始计分日 ${from} 在计分截止日 ${asOf} 之后：尚未开始计分，无分可计`;

export const unknownMemberText = (id: string) => `没有编号为“${id}”的党员`;
export const duplicateMemberText = (id: string) => `党员编号“${id}”重复`;
export const unknownPostText = (post: string) => `没有这个志愿服务岗位：${post}`;
export const tooManyPostsText = (perMember: number) => `每名党员最多认领 ${perMember} 个岗位`;

export const outsideYearText = (year: number) => `日期不在积分年度 ${year} 年内`;
export const duplicateEntryText = (id: string) => `记录编号“${id}”重复`;
export const unknownEntryText = (id: string) => `没有编号为“${id}”的记录`;
export const REVERSAL_OF_REVERSAL = '冲销记录本身不能再被冲销';
export const REVERSAL_MISMATCH = '冲销记录的党员和项目应与被冲销的记录相同';
export const alreadyReversedText = (id: string) => `记录“${id}”已被冲销`;

export const historyNotEarlierText = (year: number) => `往年结果应为 ${year} 年以前的年度`;
export const historyTwiceText = (year: number) => `${year} 年的结果重复`;
export const unknownGradeText = (grade: string) => `积分方案没有这个等次：${grade}`;

export const noReviewsText = (schemeId: string) => `积分方案“${schemeId}”不采用民主评议结果`;
export const reviewRoundsText = (rounds: number) => `本方案每年评议 ${rounds} 次`;
export const REVIEW_TWICE = '同一党员同一轮次的评议结果重复';
export const reviewFixedPointsText = (grade: ReviewGrade, points: number) => `“${REVIEW_GRADE_NAMES[grade]}”在本方案中为 ${points} 分`;
export const reviewPointsMissingText = (grade: ReviewGrade, min: number, max: number) =>
  `请填写“${REVIEW_GRADE_NAMES[grade]}”的得分（${min}–${max} 分）`;
export const reviewPointsRangeText = (grade: ReviewGrade, min: number, max: number) =>
  `“${REVIEW_GRADE_NAMES[grade]}”的得分应在 ${min}–${max} 分之间`;

export const noPledgeText = (itemName: string) => `该党员没有承诺事项（members[].pledge），不能记“${itemName}”：此项按本人承诺评定`;
export const pledgeTwiceText = (itemName: string, periodLabel: string, other: number) =>
  `“${itemName}”每人每期只评定一次：该党员${periodLabel}已有一条（entries.${other}）`;

export const categoryNeededText = (path: string) =>
  `本方案按党员类别计分（${path}），请填写 category：selfManaged（自管党员）、inService（在职党员）或 mobile（流动党员）`;
