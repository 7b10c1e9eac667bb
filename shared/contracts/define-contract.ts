import type { z } from 'zod';
import type { Reason } from './reasons';

/** The cloud functions of the product. Each groups related actions behind one route map. */
export const FUNCTION_NAMES = ['org', 'reports', 'home', 'publications', 'year', 'exchange', 'notices', 'exports'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Who may call an action (checked server-side; the finer check by branch is in the handler). */
export type Audience = 'anyone' | 'signedIn';

/**
 * How large an action's request may be, checked before the request is parsed: JSON bytes and values
 * (every object, array, string, number … counts one). Requests beyond either are refused at once.
 */
export interface RequestLimits {
  bytes: number;
  values: number;
}

/** Enough for every ordinary request (a meeting of 500 attendees is about 30 KB and 1,500 values). */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = { bytes: 64 * 1024, values: 5_000 };

/**
 * One action's contract: its function, name, request and response schemas, and a Chinese summary
 * for docs/api.md. Shared by the cloud function (which parses with it) and the mini-program client.
 */
export interface Contract<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  fn: FunctionName;
  action: string;
  summary: string;
  /** Roles that may call it, as documentation; enforced in the handler. */
  roles: string;
  audience: Audience;
  request: Req;
  response: Res;
  /** Larger bounds for an action that takes a document (a scheme); DEFAULT_REQUEST_LIMITS otherwise. */
  limits?: RequestLimits;
  /**
   * The reasons the action can answer with besides the runtime's own (shared/contracts/reasons): the
   * runtime refuses to answer any other (it logs the mistake and answers SERVICE_UNAVAILABLE).
   */
  reasons: readonly Reason[];
}

export function defineContract<Req extends z.ZodType, Res extends z.ZodType>(contract: Contract<Req, Res>): Contract<Req, Res> {
  return contract;
}

export type RequestOf<C> = C extends Contract<infer Req, z.ZodType> ? z.input<Req> : never;
export type ParsedRequestOf<C> = C extends Contract<infer Req, z.ZodType> ? z.output<Req> : never;
export type ResponseOf<C> = C extends Contract<z.ZodType, infer Res> ? z.output<Res> : never;
