import { z } from 'zod';
import { defineContract } from '../define-contract';
import { SubscriptionsResponse } from './notice-fields.schema';

/**
 * The kinds of subscription message this deployment sends (those with a template configured), with the
 * caller's remaining subscriptions of each and whether they concern the caller: the page asks
 * wx.requestSubscribeMessage for those (at most 3 at a time, from a tap).
 */
export const mySubscriptions = defineContract({
  fn: 'notices',
  action: 'mySubscriptions',
  summary: '我的订阅消息：可订阅的消息种类及剩余次数',
  roles: '任何已登录用户',
  audience: 'signedIn',
  request: z.object({}).strict(),
  response: SubscriptionsResponse,
  reasons: [],
});
