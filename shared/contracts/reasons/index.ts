import { ACCESS_REASONS } from './access.reasons';
import type { ReasonDefinition } from './define-reasons';
import { INVITE_REASONS } from './invites.reasons';
import { LEDGER_REASONS } from './ledger.reasons';
import { MEMBER_REASONS } from './members.reasons';
import { ORG_REASONS } from './org.reasons';
import { PUBLICATION_REASONS } from './publications.reasons';
import { REPORT_REASONS } from './reports.reasons';
import { FIELD_REASONS, RUNTIME_REASONS } from './runtime.reasons';
import { SCHEME_REASONS } from './schemes.reasons';
import { YEAR_REASONS } from './year.reasons';
import { EXCHANGE_REASONS } from './exchange.reasons';

/**
 * Every reason any action can answer with, and its code and Chinese message: the one place the
 * wording lives. Contracts declare which of them each action answers; docs/api.md lists them.
 */
export const REASONS = {
  ...RUNTIME_REASONS,
  ...FIELD_REASONS,
  ...ACCESS_REASONS,
  ...ORG_REASONS,
  ...MEMBER_REASONS,
  ...INVITE_REASONS,
  ...SCHEME_REASONS,
  ...REPORT_REASONS,
  ...LEDGER_REASONS,
  ...PUBLICATION_REASONS,
  ...YEAR_REASONS,
  ...EXCHANGE_REASONS,
} as const satisfies Record<string, ReasonDefinition>;

export type Reason = keyof typeof REASONS;
export type ReasonMessage<R extends Reason> = (typeof REASONS)[R]['message'];

/** The names of the `{placeholders}` of a message. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The values a reason's message needs, by placeholder. */
export type ReasonParams<R extends Reason> = Record<Placeholders<ReasonMessage<R>>, string | number>;

/** Reasons the runtime answers for every action: never declared by a contract. */
export const RUNTIME_REASON_NAMES = Object.keys(RUNTIME_REASONS) as (keyof typeof RUNTIME_REASONS)[];

/** A reason's message with its values filled in. */
export function reasonMessage<R extends Reason>(reason: R, params?: Partial<ReasonParams<R>>): string {
  const values = (params ?? {}) as Record<string, string | number>;
  return REASONS[reason].message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export {
  RUNTIME_REASONS,
  FIELD_REASONS,
  ACCESS_REASONS,
  ORG_REASONS,
  MEMBER_REASONS,
  INVITE_REASONS,
  SCHEME_REASONS,
  REPORT_REASONS,
  LEDGER_REASONS,
  PUBLICATION_REASONS,
  YEAR_REASONS,
  EXCHANGE_REASONS,
};
