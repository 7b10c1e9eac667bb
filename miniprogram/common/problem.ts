import type { CallFailure } from '../services/call-result';
import type { PageState } from '../components/state-view/state-view';

/** What a page's state-view shows for a failed call, and what its button does. */
export interface Problem {
  state: Extract<PageState, 'error' | 'offline' | 'empty'>;
  title: string;
  message: string;
  actionText: string;
  action: 'retry' | 'bind' | 'none';
}

/** Replies meaning the phone's kept profile is out of date: ask myProfile again before showing them. */
export const STALE_PROFILE_REASONS = ['NOT_BOUND', 'NOT_OWN_MEMBER', 'MEMBER_AMBIGUOUS', 'NOT_AN_OFFICER', 'NOT_BRANCH_OFFICER'];

export function problemOf(failure: CallFailure): Problem {
  if (failure.code === 'NETWORK') {
    return {
      state: 'offline',
      title: failure.reason === 'OFFLINE' ? '没有连上网络' : '连不上服务器',
      message: failure.message,
      actionText: '重试',
      action: 'retry',
    };
  }
  if (failure.reason === 'NOT_BOUND') {
    return { state: 'error', title: '还没有绑定党员身份', message: failure.message, actionText: '去绑定', action: 'bind' };
  }
  return { state: 'error', title: '没能打开', message: failure.message, actionText: '重试', action: 'retry' };
}

export function emptyProblem(title: string, message: string): Problem {
  return { state: 'empty', title, message, actionText: '', action: 'none' };
}
