import type { z } from 'zod';

/** The cloud functions of the product. Each groups related actions behind one route map. */
export const FUNCTION_NAMES = ['org', 'reports', 'home'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Who may call an action (checked server-side; the finer check by branch is in the handler). */
export type Audience = 'anyone' | 'signedIn';

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
}

export function defineContract<Req extends z.ZodType, Res extends z.ZodType>(contract: Contract<Req, Res>): Contract<Req, Res> {
  return contract;
}

export type RequestOf<C> = C extends Contract<infer Req, z.ZodType> ? z.input<Req> : never;
export type ParsedRequestOf<C> = C extends Contract<infer Req, z.ZodType> ? z.output<Req> : never;
export type ResponseOf<C> = C extends Contract<z.ZodType, infer Res> ? z.output<Res> : never;
