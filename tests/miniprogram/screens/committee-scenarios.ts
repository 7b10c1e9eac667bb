/**
 * The committee's pages in each state (党委总览, 积分方案, and the home and 支部管理 as the committee admin sees
 * them), as 刘组织, 青石镇党委's 组织办 administrator: care mode off, and on for the overview.
 */
import { hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { branchSettingsReply } from '../fixtures/admin';
import {
  COMMITTEE,
  committeeProfile,
  committeeSummaryReply,
  newBranch,
  newBranchSchemes,
  summaryFormReply,
  villageSchemesOpen,
  villageSchemesPinned,
  widerSummary,
} from '../fixtures/committee';
import type { Scenario } from './scenarios';

const admin = { identity: 'demo-admin', profile: committeeProfile };
const SUMMARY = 'committee/summary/summary';
const SCHEME = 'committee/scheme/scheme';
const [village] = committeeSummaryReply.branches;
const summary: Record<string, Reply> = { 'home.committeeSummary': ok(widerSummary), 'exports.summaryForm': ok(summaryFormReply) };
/** 青石村 as in the demo (reports this year: pinned), and as it was before anyone reported. */
const schemes: Record<string, Reply> = { 'org.listSchemes': ok(villageSchemesPinned) };
const schemesOpen: Record<string, Reply> = { 'org.listSchemes': ok(villageSchemesOpen) };
const query = { branch: village.branchId, name: village.name, year: '2026', scheme: '001-xishui-town', version: '1', committee: COMMITTEE };
/** The scheme page's rows: 0–1 the committee's own, then the presets in order (8: 新坝乡). */
const chooseXinba = [{ tap: ['#option-8'] }, { tapButton: ['.save'] }];

const base: Scenario[] = [
  { name: 'committee-summary', title: '党委总览', page: SUMMARY, ...admin, replies: summary, state: 'ready' },
  {
    name: 'committee-summary-demo',
    title: '党委总览：演示数据',
    page: SUMMARY,
    ...admin,
    replies: { 'home.committeeSummary': ok(committeeSummaryReply) },
    state: 'ready',
  },
  {
    name: 'committee-summary-export-failed',
    title: '党委总览：汇总表没有生成',
    page: SUMMARY,
    ...admin,
    replies: { ...summary, 'exports.summaryForm': offline() },
    state: 'ready',
    steps: [{ tapButton: ['.export'] }],
  },
  {
    name: 'committee-summary-loading',
    title: '党委总览：加载中',
    page: SUMMARY,
    ...admin,
    replies: { 'home.committeeSummary': hold() },
    state: 'loading',
  },
  {
    name: 'committee-summary-offline',
    title: '党委总览：没有网络',
    page: SUMMARY,
    ...admin,
    replies: { 'home.committeeSummary': offline() },
    state: 'offline',
  },
  {
    name: 'committee-summary-error',
    title: '党委总览：出错',
    page: SUMMARY,
    ...admin,
    replies: { 'home.committeeSummary': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') },
    state: 'error',
  },

  { name: 'committee-scheme', title: '积分方案：今年已锁定，为明年选', page: SCHEME, ...admin, replies: schemes, query, state: 'ready' },
  {
    name: 'committee-scheme-new',
    title: '积分方案：新支部第一次设定',
    page: SCHEME,
    ...admin,
    replies: { 'org.listSchemes': ok(newBranchSchemes) },
    query: { branch: newBranch.branchId, name: newBranch.name, year: '2026', committee: COMMITTEE },
    state: 'ready',
  },
  {
    name: 'committee-scheme-done',
    title: '积分方案：已更换',
    page: SCHEME,
    ...admin,
    replies: {
      ...schemesOpen,
      'org.setBranchScheme': ok({
        branchYearId: `${village.branchId}:2026`,
        schemeId: '003-xinba-tiers',
        schemeVersion: 1,
        source: 'preset',
        scoringFrom: '2026-01-01',
        changed: true,
      }),
    },
    query,
    state: 'ready',
    steps: chooseXinba,
  },
  {
    name: 'committee-scheme-pinned',
    title: '积分方案：更换时才发现已锁定',
    page: SCHEME,
    ...admin,
    replies: {
      ...schemesOpen,
      'org.setBranchScheme': refused('CONFLICT', 'SCHEME_PINNED', '青石村党支部 2026 年已有申报或积分记录，积分方案已锁定，不能更换'),
    },
    query,
    state: 'ready',
    steps: chooseXinba,
  },
  {
    name: 'committee-scheme-offline',
    title: '积分方案：没有网络',
    page: SCHEME,
    ...admin,
    replies: { 'org.listSchemes': offline() },
    query,
    state: 'offline',
  },

  {
    name: 'home-committee',
    title: '首页：党委管理员',
    page: 'pages/home/home',
    ...admin,
    replies: {},
    state: 'empty',
  },
  {
    name: 'admin-branch-committee',
    title: '支部管理：党委管理员打开',
    page: 'admin/branch/branch',
    ...admin,
    replies: { 'org.branchSettings': ok({ ...branchSettingsReply, acting: 'committeeAdmin' }) },
    query: { branch: village.branchId, name: village.name },
    state: 'ready',
  },
];

export const COMMITTEE_SCENARIOS: Scenario[] = [
  ...base,
  ...base
    .filter((s) => ['committee-summary', 'committee-scheme', 'home-committee'].includes(s.name))
    .map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
];
