import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, OWN_MEMBER } from '../reasons/groups';
import { ExchangeMember } from './catalogue.schema';
import { ExchangeBalance, ExchangeRulesView } from './exchange-views.schema';

/** A ledger line and the exchange points it earned (a reversal's are negative). */
export const EarningLine = z
  .object({
    entryId: z.string(),
    date: z.string(),
    itemName: z.string(),
    /** The line's points as recorded (before caps and multipliers). */
    points: z.number(),
    exchangePoints: z.number(),
    reversal: z.boolean(),
  })
  .strict();

export const SpendingLine = z
  .object({ redemptionId: z.string(), date: z.string(), itemName: z.string(), quantity: z.number().int(), points: z.number() })
  .strict();

/**
 * How a member's exchange balance for a year comes about, line by line: the balance carried from the
 * year before (when the scheme carries it over), every ledger line that earned exchange points, every
 * redemption, and how many ledger lines earned nothing (deductions, items the scheme does not count).
 */
export const balanceStatement = defineContract({
  fn: 'exchange',
  action: 'balanceStatement',
  summary: '兑换积分明细：结转、每条台账记录得到的兑换积分、每次兑换，逐条说明余额',
  roles: '党员本人；本支部记分员、书记',
  audience: 'signedIn',
  request: z.object({ memberId: DocId.optional(), year: Year.optional() }).strict(),
  response: z
    .object({
      member: ExchangeMember,
      balance: ExchangeBalance,
      rules: ExchangeRulesView,
      /** The year the carried balance comes from, or null when nothing is carried. */
      carriedFrom: z.number().int().nullable(),
      earned: z.array(EarningLine),
      spent: z.array(SpendingLine),
      /** Ledger lines of the year that earn no exchange points. */
      uncounted: z.number().int(),
    })
    .strict(),
  reasons: [...OWN_MEMBER, 'MEMBER_NOT_FOUND', ...BRANCH_ROLE, ...BRANCH_YEAR],
});
