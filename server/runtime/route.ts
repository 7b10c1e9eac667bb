import type { z } from 'zod';
import type { Contract } from '../../shared/contracts/define-contract';
import type { Access } from '../access/access';
import type { InTransaction, Repositories } from '../repositories';
import type { Caller } from './caller';
import type { Services } from './services';

export interface ActionContext {
  caller: Caller;
  /** The caller's openid; present for every action whose audience is 'signedIn'. */
  openid: string;
  /** The time of the request (one reading of the clock per call). */
  now: Date;
  services: Services;
  /** The caller's roles and member records, loaded on first use. */
  access: Access;
  /** Stored data, through the repositories of each room. */
  repos: Repositories;
  /** Runs work in one transaction, over repositories bound to it. */
  transaction: InTransaction;
}

export type Handler<C extends Contract> = (request: z.output<C['request']>, ctx: ActionContext) => Promise<z.input<C['response']>>;

export interface Route<C extends Contract = Contract> {
  contract: C;
  handler: Handler<C>;
}

/** Pairs an action's contract with its handler; the route map of a function is a record of these. */
export function route<C extends Contract>(contract: C, handler: Handler<C>): Route<C> {
  return { contract, handler };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a map of routes of different contracts; each route is checked where route() pairs it
export type RouteMap = Record<string, Route<any>>;
