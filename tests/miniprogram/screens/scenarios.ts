/**
 * Every page in each state `npm run screens` photographs: member and secretary, care mode off and on,
 * with the demo's data (tests/miniprogram/fixtures/demo.ts). Each scenario says how to bring the page
 * to its state: the replies, the kept profile, the phone's font size, what to type and tap.
 */
import { hold, offline, ok, refused, type FakeBackend, type Reply } from '../support/fake-backend';
import { memberHome, memberProfile, secretaryHome, secretaryOwnHome, secretaryProfile } from '../fixtures/demo';
import { OFFICER_SCENARIOS } from './officer-scenarios';
import { EXCHANGE_SCENARIOS } from './exchange-scenarios';
import { ADMIN_SCENARIOS } from './admin-scenarios';
import { COMMITTEE_SCENARIOS } from './committee-scenarios';
import { MEMBER_REPORT_SCENARIOS } from './member-report-scenarios';
import { PUBLICATION_SCENARIOS } from './publication-scenarios';
import { MY_APPEALS_SCENARIOS } from './my-appeals-scenarios';

export interface Scenario {
  name: string;
  title: string;
  page: string;
  identity: string;
  replies: Record<string, Reply>;
  /** The profile the phone kept (session.ts); none: the page asks. */
  profile?: unknown;
  care?: boolean;
  /** A development build in DevTools (the dev identity page). */
  develop?: boolean;
  /** The state to wait for before the photograph. */
  state: string;
  /** Steps after rendering: type into an input, tap a button or an element, send an element an event (a textarea's input). */
  steps?: (
    { type: string; into: string[] } | { tapButton: string[] } | { tap: string[] } | { event: string; on: string[]; detail: unknown }
  )[];
  /** What else the phone keeps (drafts, a kept form), by storage key. */
  storage?: Record<string, unknown>;
  /** The photos the member picks in wx.chooseMedia, one list per time they pick. */
  picked?: string[][];
  /** Anything else the fake backend should do (hold or fail an upload). */
  prepare?: (backend: FakeBackend) => void;
  /** The page's query (e.g. the publication a board shows). */
  query?: Record<string, string>;
  /** The time the page sees (Beijing dates like "公示至 12月8日" then do not depend on the day it runs). */
  now?: string;
}

const member = { identity: 'demo-v03', profile: memberProfile };
const secretary = { identity: 'demo-v01', profile: secretaryProfile };
const newcomer = { identity: 'dev-newcomer' };
const homeOf = { 'home.memberHome': ok(memberHome) };
const branch = { 'home.secretaryHome': ok(secretaryHome), 'home.memberHome': ok(secretaryOwnHome) };
const bindReplies = (reply: Reply) => ({ 'org.bindWithCode': reply, 'org.myProfile': ok(memberProfile) });
const typeCode = (code: string) => [{ type: code, into: ['#code'] }, { tapButton: ['.submit'] }];

const base: Scenario[] = [
  { name: 'home-member', title: '首页：党员', page: 'pages/home/home', ...member, replies: homeOf, state: 'ready' },
  { name: 'home-secretary', title: '首页：书记', page: 'pages/home/home', ...secretary, replies: branch, state: 'ready' },
  {
    name: 'home-secretary-mine',
    title: '首页：书记看自己的积分',
    page: 'pages/home/home',
    ...secretary,
    replies: branch,
    state: 'ready',
    steps: [{ tap: ['#tab-mine'] }],
  },
  {
    name: 'home-loading',
    title: '首页：加载中',
    page: 'pages/home/home',
    ...member,
    replies: { 'home.memberHome': hold() },
    state: 'loading',
  },
  {
    name: 'home-empty',
    title: '首页：不纳入积分管理',
    page: 'pages/home/home',
    ...member,
    replies: { 'home.memberHome': ok({ ...memberHome, exempt: true }) },
    state: 'empty',
  },
  {
    name: 'home-error',
    title: '首页：出错',
    page: 'pages/home/home',
    ...member,
    replies: { 'home.memberHome': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') },
    state: 'error',
  },
  {
    name: 'home-offline',
    title: '首页：没有网络',
    page: 'pages/home/home',
    ...member,
    replies: { 'home.memberHome': offline() },
    state: 'offline',
  },
  { name: 'bind', title: '绑定', page: 'pages/bind/bind', ...newcomer, replies: {}, state: 'ready' },
  {
    name: 'bind-expired',
    title: '绑定：邀请码过期',
    page: 'pages/bind/bind',
    ...newcomer,
    replies: bindReplies(refused('EXPIRED', 'INVITE_EXPIRED', '邀请码已过期，请向书记重新索取')),
    state: 'error',
    steps: typeCode('ABCD EFGH'),
  },
  {
    name: 'bind-wrong',
    title: '绑定：输错',
    page: 'pages/bind/bind',
    ...newcomer,
    replies: {},
    state: 'error',
    steps: typeCode('ABCD EFG0'),
  },
  {
    name: 'bind-offline',
    title: '绑定：没有网络',
    page: 'pages/bind/bind',
    ...newcomer,
    replies: bindReplies(offline()),
    state: 'offline',
    steps: typeCode('ABCD EFGH'),
  },
  {
    name: 'bind-wait',
    title: '绑定：输错太多次，等一会儿',
    page: 'pages/bind/bind',
    ...newcomer,
    replies: bindReplies({ ...refused('FORBIDDEN', 'TOO_MANY_ATTEMPTS', '输错次数过多，请 15 分钟后再试'), retryAfterSeconds: 900 }),
    state: 'error',
    steps: typeCode('ABCD EFGH'),
  },
  {
    name: 'bind-done',
    title: '绑定成功',
    page: 'pages/bind/bind',
    ...newcomer,
    replies: bindReplies(ok({ memberId: memberProfile.members[0].memberId })),
    state: 'done',
    steps: typeCode('ABCD EFGH'),
  },
  { name: 'settings', title: '我的设置', page: 'pages/settings/settings', ...member, replies: {}, state: 'ready' },
  {
    name: 'dev-identity',
    title: '测试身份（开发版）',
    page: 'dev/identity/identity',
    ...member,
    replies: {},
    develop: true,
    state: 'ready',
  },
];

/** Care mode off, and on for every page a member or secretary uses. */
export const SCENARIOS: Scenario[] = [
  ...base,
  ...base
    .filter((s) => !['home-loading', 'dev-identity', 'bind-wrong'].includes(s.name))
    .map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
  ...OFFICER_SCENARIOS,
  ...EXCHANGE_SCENARIOS,
  ...ADMIN_SCENARIOS,
  ...COMMITTEE_SCENARIOS,
  ...MEMBER_REPORT_SCENARIOS,
  ...PUBLICATION_SCENARIOS,
  ...MY_APPEALS_SCENARIOS,
];

export const scenariosOf = (page: string) => SCENARIOS.filter((s) => s.page === page);
