/**
 * The exchange use case of `npm run bench:cost`: one redemption in the 志愿服务超市 of the bench's branch
 * (scheme 001 has no exchange section: every positive point earns, one for one, any day), by member 2,
 * whose dozen ledger lines earned 12 points. Measured twice: the member's first redemption of the year
 * (which creates their account for the year) and a later one, the steady figure.
 */
import { randomBytes } from 'node:crypto';
import { addItem } from '../shared/contracts/exchange/add-item.schema';
import { redeem } from '../shared/contracts/exchange/redeem.schema';
import type { DevClient } from '../tools/dev-client';

const key = () => randomBytes(9).toString('hex');

/** `cost redeem` lines: database requests of one redemption. */
export async function exchangeCosts(
  branchId: string,
  as: (openid: string) => DevClient,
  measure: (work: () => Promise<unknown>) => Promise<number>,
): Promise<string[]> {
  const { itemId } = await as('bench-m1').ok(addItem, { orgId: branchId, name: '抽纸', price: 1, stock: 100, idempotencyKey: key() });
  const redeemOne = () => as('bench-m2').ok(redeem, { itemId, price: 1, idempotencyKey: key() });
  const first = await measure(redeemOne);
  const later = await measure(redeemOne);
  return [
    `cost redeem requests=${later}`,
    `  the member with their year's ledger lines and account (one aggregate; a cold instance reads the branch-year after it), then one transaction: start, item (stock), account (balance), redemption, commit; the year's first redemption, on a cold instance, inserting the account instead: ${first}`,
  ];
}
