/**
 * The 公示 and 年度 pages in each state, with 青石村's November publication and 张伟's year: as the member
 * 张伟 and as the secretary 王建国, care mode off, and on for the screens older members use. Dates are fixed
 * (`now`) so that "公示至 12月8日" reads the same whatever day the previews are made.
 */
import { hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import {
  acceptedAppeal,
  appealQueueReply,
  DURING_WINDOW,
  listReply,
  memberBoard,
  novemberDraft,
  novemberPublication,
  octoberPublication,
  PUBLICATION_ID,
  PUBLISH_DAY,
  rejectedAppeal,
  secretaryBoard,
  zhangWeiLedger,
} from '../fixtures/publications';
import { AFTER_DECISION, branchTable, decidedYear, DURING_YEAR, goodYear, openYear } from '../fixtures/year';
import type { Scenario } from './scenarios';

const member = { identity: 'demo-v03', profile: memberProfile };
const secretary = { identity: 'demo-v01', profile: secretaryProfile };
const LIST = 'publications/list/list';
const BOARD = 'publications/board/board';
const MANAGE = 'publications/manage/manage';
const APPEALS = 'publications/appeals/appeals';
const YEAR = 'year/result/result';
const TABLE = 'year/table/table';

/** A photo that shows in the previews (the demo's links point nowhere). */
const PHOTO = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="#d9d2c5"/><text x="60" y="68" font-size="20" text-anchor="middle" fill="#555">签到表</text></svg>',
)}`;
const withPhoto = <T extends { photos: { fileId: string; url: string | null }[] }>(appeal: T): T => ({
  ...appeal,
  photos: appeal.photos.map((p) => ({ ...p, url: PHOTO })),
});

const board = (reply: unknown): Record<string, Reply> => ({ 'publications.publicationBoard': ok(reply) });
const onBoard = { page: BOARD, query: { publication: PUBLICATION_ID }, now: DURING_WINDOW.toISOString() };
/** 10 December: November final, 张伟's two appeals answered, his month signed off. */
const AFTER_WINDOW = '2026-12-10T10:00:00+08:00';
const answered = {
  ...memberBoard,
  publication: { ...novemberPublication, status: 'final' as const, finalizedAt: '2026-12-09T00:10:00.000Z', seal: octoberPublication.seal },
  me: {
    ...memberBoard.me!,
    canAppeal: false,
    confirmedAt: '2026-12-06T01:00:00.000Z',
    appeals: [withPhoto(acceptedAppeal), rejectedAppeal],
  },
};
const queue = {
  'publications.appealQueue': ok({ appeals: appealQueueReply.appeals.map(withPhoto) }),
  'home.memberLedger': ok(zhangWeiLedger),
};

const publications: Scenario[] = [
  {
    name: 'board-list',
    title: '公示栏：各期公示',
    page: LIST,
    ...member,
    now: DURING_WINDOW.toISOString(),
    replies: { 'publications.listPublications': ok(listReply) },
    state: 'ready',
  },
  {
    name: 'board-list-empty',
    title: '公示栏：今年还没有公示',
    page: LIST,
    ...member,
    now: DURING_WINDOW.toISOString(),
    replies: { 'publications.listPublications': ok({ publications: [] }) },
    state: 'empty',
  },
  { name: 'board-member', title: '公示栏：本期公示（党员）', ...onBoard, ...member, replies: board(memberBoard), state: 'ready' },
  {
    name: 'board-appeal-form',
    title: '公示栏：写异议、附照片',
    ...onBoard,
    ...member,
    replies: board(memberBoard),
    picked: [['http://tmp/sign-in-sheet.jpg']],
    state: 'ready',
    steps: [
      { tapButton: ['.appeal-start'] },
      { event: 'input', on: ['#reason'], detail: { value: '11月12日的主题党日我参加了，签到表上有我的名字，却记了缺席扣5分。' } },
      { tap: ['#add-photo'] },
    ],
  },
  {
    name: 'board-appeal-offline',
    title: '公示栏：没有网络，异议保存在手机上',
    ...onBoard,
    ...member,
    replies: board(memberBoard),
    picked: [['http://tmp/sign-in-sheet.jpg']],
    prepare: (backend) => backend.failNextUpload('offline'),
    state: 'ready',
    steps: [
      { tapButton: ['.appeal-start'] },
      { event: 'input', on: ['#reason'], detail: { value: '11月12日的主题党日我参加了，却记了缺席扣5分。' } },
      { tap: ['#add-photo'] },
      { tapButton: ['.appeal-submit'] },
    ],
  },
  {
    name: 'board-answered',
    title: '公示栏：已定稿，我的异议和答复',
    ...onBoard,
    now: new Date(AFTER_WINDOW).toISOString(),
    ...member,
    replies: board(answered),
    state: 'ready',
  },
  {
    name: 'board-secretary',
    title: '公示栏：书记看未确认和异议',
    ...onBoard,
    ...secretary,
    replies: board(secretaryBoard),
    state: 'ready',
  },
  {
    name: 'board-error',
    title: '公示栏：找不到这期公示',
    ...onBoard,
    ...member,
    replies: { 'publications.publicationBoard': refused('NOT_FOUND', 'PUBLICATION_NOT_FOUND', '找不到这期公示') },
    state: 'error',
  },
  {
    name: 'board-offline',
    title: '公示栏：没有网络',
    ...onBoard,
    ...member,
    replies: { 'publications.publicationBoard': offline() },
    state: 'offline',
  },
  {
    name: 'board-loading',
    title: '公示栏：加载中',
    ...onBoard,
    ...member,
    replies: { 'publications.publicationBoard': hold() },
    state: 'loading',
  },
  {
    name: 'publish',
    title: '公示管理：可以发布',
    page: MANAGE,
    ...secretary,
    now: PUBLISH_DAY.toISOString(),
    replies: { 'publications.draftPublication': ok(novemberDraft) },
    state: 'ready',
  },
  {
    name: 'publish-done',
    title: '公示管理：已发布',
    page: MANAGE,
    ...secretary,
    now: PUBLISH_DAY.toISOString(),
    replies: {
      'publications.draftPublication': ok(novemberDraft),
      'publications.publishPeriod': ok({ publication: novemberPublication, board: novemberDraft.board, publishedNow: true }),
    },
    state: 'ready',
    steps: [{ tapButton: ['.publish'] }],
  },
  {
    name: 'publish-pending',
    title: '公示管理：还有申报没审核',
    page: MANAGE,
    ...secretary,
    now: PUBLISH_DAY.toISOString(),
    replies: { 'publications.draftPublication': ok({ ...novemberDraft, pendingReports: 3 }) },
    state: 'ready',
  },
  {
    name: 'appeals',
    title: '答复异议：待答复',
    page: APPEALS,
    ...secretary,
    now: DURING_WINDOW.toISOString(),
    replies: queue,
    state: 'ready',
  },
  {
    name: 'appeals-reject',
    title: '答复异议：不予采纳，写明理由',
    page: APPEALS,
    ...secretary,
    now: DURING_WINDOW.toISOString(),
    replies: queue,
    state: 'ready',
    steps: [
      { tapButton: ['.reject'] },
      { event: 'input', on: ['.answer-input'], detail: { value: '经核对党费收缴记录，10月党费是11月3日补交的。' } },
    ],
  },
  {
    name: 'appeals-accept',
    title: '答复异议：采纳并撤销一条记录',
    page: APPEALS,
    ...secretary,
    now: DURING_WINDOW.toISOString(),
    replies: queue,
    state: 'ready',
    steps: [
      { tapButton: ['#accept-ap-zhangwei-11'] },
      { event: 'input', on: ['.answer-input'], detail: { value: '经核对签到表，您当天参加了，已撤销缺席扣分。' } },
      { tap: ['#correction-cancel'] },
      { tap: ['#line-e-absent-1112'] },
    ],
  },
  {
    name: 'appeals-empty',
    title: '答复异议：没有待答复的',
    page: APPEALS,
    ...secretary,
    replies: { 'publications.appealQueue': ok({ appeals: [] }) },
    state: 'empty',
  },
];

const year: Scenario[] = [
  {
    name: 'year-decided',
    title: '年度结果：已审定（需要帮扶）',
    page: YEAR,
    ...member,
    now: AFTER_DECISION.toISOString(),
    replies: { 'year.myYear': ok(decidedYear) },
    state: 'ready',
  },
  {
    name: 'year-good',
    title: '年度结果：合格',
    page: YEAR,
    ...member,
    now: AFTER_DECISION.toISOString(),
    replies: { 'year.myYear': ok({ ...goodYear, year: 2026, history: decidedYear.history }) },
    state: 'ready',
  },
  {
    name: 'year-open',
    title: '年度结果：还没出来',
    page: YEAR,
    ...member,
    now: DURING_YEAR.toISOString(),
    replies: { 'year.myYear': ok(openYear) },
    state: 'ready',
  },
  {
    name: 'year-table',
    title: '支部年度积分表',
    page: TABLE,
    ...secretary,
    now: DURING_YEAR.toISOString(),
    replies: { 'year.yearTable': ok(branchTable) },
    state: 'ready',
  },
];

/** The member's screens and the secretary's most used, in care mode too. */
const CARE = [
  'board-list',
  'board-member',
  'board-appeal-form',
  'board-answered',
  'board-offline',
  'board-secretary',
  'publish',
  'appeals-reject',
  'year-decided',
  'year-open',
];

export const PUBLICATION_SCENARIOS: Scenario[] = [
  ...publications,
  ...year,
  ...[...publications, ...year]
    .filter((s) => CARE.includes(s.name))
    .map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
];
