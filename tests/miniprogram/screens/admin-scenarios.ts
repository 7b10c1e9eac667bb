/**
 * The branch admin pages in each state (支部管理, 导入名册, 邀请码, 不纳入积分管理), as 王建国, the village
 * branch's secretary: care mode off, and on for the ones a secretary reads most.
 */
import { hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { secretaryProfile } from '../fixtures/demo';
import {
  branchSettingsReply,
  emptyMembersReply,
  membersReply,
  noSchemeSettings,
  rosterHeaderReply,
  rosterProblemsReply,
} from '../fixtures/admin';
import type { Scenario } from './scenarios';

const secretary = { identity: 'demo-v01', profile: secretaryProfile };
const BRANCH = 'admin/branch/branch';
const ROSTER = 'admin/roster/roster';
const INVITES = 'admin/invites/invites';
const EXEMPT = 'admin/exempt/exempt';
const settings: Record<string, Reply> = { 'org.branchSettings': ok(branchSettingsReply) };
const members: Record<string, Reply> = {
  'org.listMembers': ok(membersReply),
  'org.createInvite': ok({ code: 'K7PQ3MZA', expiresAt: '2026-12-04T04:00:00.000Z' }),
};
/** The roster page's pick: admin-roster.screens.ts hands the demo's roster to wx.chooseMessageFile. */
const pick = [{ tapButton: ['.pick'] }];

const base: Scenario[] = [
  { name: 'admin-branch', title: '支部管理', page: BRANCH, ...secretary, replies: settings, state: 'ready' },
  {
    name: 'admin-branch-ranking',
    title: '支部管理：打开排名',
    page: BRANCH,
    ...secretary,
    replies: {
      ...settings,
      'publications.setBoardSettings': ok({ branchId: branchSettingsReply.branchId, year: 2026, showRanking: true }),
    },
    state: 'ready',
    steps: [{ tap: ['#ranking-switch', '.t-switch'] }],
  },
  {
    name: 'admin-branch-no-scheme',
    title: '支部管理：还没有方案',
    page: BRANCH,
    ...secretary,
    replies: { 'org.branchSettings': ok(noSchemeSettings) },
    state: 'ready',
  },
  {
    name: 'admin-branch-loading',
    title: '支部管理：加载中',
    page: BRANCH,
    ...secretary,
    replies: { 'org.branchSettings': hold() },
    state: 'loading',
  },
  {
    name: 'admin-branch-offline',
    title: '支部管理：没有网络',
    page: BRANCH,
    ...secretary,
    replies: { 'org.branchSettings': offline() },
    state: 'offline',
  },
  {
    name: 'admin-branch-error',
    title: '支部管理：出错',
    page: BRANCH,
    ...secretary,
    replies: { 'org.branchSettings': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') },
    state: 'error',
  },

  { name: 'admin-roster', title: '导入名册', page: ROSTER, ...secretary, replies: {}, state: 'ready' },
  {
    name: 'admin-roster-checking',
    title: '导入名册：正在检查',
    page: ROSTER,
    ...secretary,
    replies: { 'org.importRoster': hold() },
    state: 'ready',
    steps: pick,
  },
  {
    name: 'admin-roster-problems',
    title: '导入名册：逐行列出问题',
    page: ROSTER,
    ...secretary,
    replies: { 'org.importRoster': rosterProblemsReply },
    state: 'ready',
    steps: pick,
  },
  {
    name: 'admin-roster-header',
    title: '导入名册：表头缺列',
    page: ROSTER,
    ...secretary,
    replies: { 'org.importRoster': rosterHeaderReply },
    state: 'ready',
    steps: pick,
  },
  {
    name: 'admin-roster-done',
    title: '导入名册：已导入',
    page: ROSTER,
    ...secretary,
    replies: { 'org.importRoster': ok({ imported: 8 }) },
    state: 'ready',
    steps: pick,
  },
  {
    name: 'admin-roster-offline',
    title: '导入名册：没有网络',
    page: ROSTER,
    ...secretary,
    replies: { 'org.importRoster': offline() },
    state: 'ready',
    steps: pick,
  },

  { name: 'admin-invites', title: '邀请码', page: INVITES, ...secretary, replies: members, state: 'ready' },
  {
    name: 'admin-invites-issued',
    title: '邀请码：生成一个',
    page: INVITES,
    ...secretary,
    replies: members,
    state: 'ready',
    steps: [{ tapButton: ['#member-m-zhaoqiang .issue'] }],
  },
  {
    name: 'admin-invites-empty',
    title: '邀请码：还没有党员',
    page: INVITES,
    ...secretary,
    replies: { 'org.listMembers': ok(emptyMembersReply) },
    state: 'empty',
  },
  {
    name: 'admin-invites-offline',
    title: '邀请码：没有网络',
    page: INVITES,
    ...secretary,
    replies: { 'org.listMembers': offline() },
    state: 'offline',
  },

  { name: 'admin-exempt', title: '不纳入积分管理', page: EXEMPT, ...secretary, replies: members, state: 'ready' },
  {
    name: 'admin-exempt-add',
    title: '不纳入积分管理：登记',
    page: EXEMPT,
    ...secretary,
    replies: members,
    state: 'ready',
    steps: [{ tapButton: ['.add-start'] }, { tap: ['#choose-m-wuguilan'] }],
  },
  {
    name: 'admin-exempt-loading',
    title: '不纳入积分管理：加载中',
    page: EXEMPT,
    ...secretary,
    replies: { 'org.listMembers': hold() },
    state: 'loading',
  },
];

const CARE = ['admin-branch', 'admin-roster-problems', 'admin-invites', 'admin-invites-issued', 'admin-exempt'];

export const ADMIN_SCENARIOS: Scenario[] = [
  ...base,
  ...base.filter((s) => CARE.includes(s.name)).map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
];
