/**
 * 我的异议 in each state: 张伟 of 青石村 on 10 December 2026 with four appeals (one waiting past its limit,
 * one accepted, two not), nothing filed, no network, loading — care mode off, and on for the list.
 */
import { hold, offline, ok, type Reply } from '../support/fake-backend';
import { memberProfile } from '../fixtures/demo';
import { AFTER_ANSWERS, myAppealsReply } from '../fixtures/my-appeals';
import { ZHANG_WEI } from '../fixtures/publications';
import type { Scenario } from './scenarios';

const member = { identity: 'demo-v03', profile: memberProfile, now: AFTER_ANSWERS.toISOString() };
const MINE = 'publications/appeals-mine/appeals-mine';
const reply = (r: Reply) => ({ 'publications.myAppeals': r });

const mine: Scenario[] = [
  { name: 'my-appeals', title: '我的异议：提过的异议和答复', page: MINE, ...member, replies: reply(ok(myAppealsReply)), state: 'ready' },
  {
    name: 'my-appeals-empty',
    title: '我的异议：没有提过异议',
    page: MINE,
    ...member,
    replies: reply(ok({ memberId: ZHANG_WEI, appeals: [], truncated: false })),
    state: 'empty',
  },
  { name: 'my-appeals-offline', title: '我的异议：没有网络', page: MINE, ...member, replies: reply(offline()), state: 'offline' },
  { name: 'my-appeals-loading', title: '我的异议：加载中', page: MINE, ...member, replies: reply(hold()), state: 'loading' },
];

export const MY_APPEALS_SCENARIOS: Scenario[] = [
  ...mine,
  ...mine
    .filter((s) => s.name === 'my-appeals' || s.name === 'my-appeals-empty')
    .map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
];
