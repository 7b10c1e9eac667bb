import { addCenti, asCenti, Centi, fromCenti, subtractCenti, ZERO_CENTI } from '../../shared/points';
import type { ExchangeBalance } from '../../shared/contracts/exchange/exchange-views.schema';
import type { Scheme } from '../../shared/scheme';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import type { MemberDoc } from '../members/member.doc';
import type { Repositories } from '../repositories';
import { fail } from '../errors/domain-error';
import { loadBranchYear, schemeOf } from '../schemes/branch-year';
import { carriedBalance, Earnings, earningsOf, ExchangeYear } from './exchange-balance';
import { ExchangeRules, exchangeRulesOf } from './exchange-rules';
import type { Redeemer } from './exchange-repository';

/** How many years back a carried balance is followed. */
export const CARRY_YEARS = 10;

/** A member's exchange for a year, before what the year's redemptions spent: its rules, earnings and the balance carried in. */
export interface MemberExchange {
  year: number;
  rules: ExchangeRules;
  earnings: Earnings;
  carriedCenti: Centi;
  carriedFrom: number | null;
}

/** carried + earned: what the year's spending may reach. */
export const spendableCenti = (exchange: MemberExchange): Centi => addCenti(exchange.carriedCenti, exchange.earnings.totalCenti);

/** The balance as the pages show it, after `spentCenti` of the year's redemptions. */
export function balanceOf(exchange: MemberExchange, spentCenti: number): ExchangeBalance {
  return {
    year: exchange.year,
    carried: fromCenti(exchange.carriedCenti),
    earned: fromCenti(exchange.earnings.totalCenti),
    spent: fromCenti(spentCenti),
    available: fromCenti(subtractCenti(spendableCenti(exchange), asCenti(spentCenti))),
  };
}

/**
 * The balance carried into `year`: the member's earlier lines and yearly spending, each earlier year's
 * rules from its branch-year (a member record belongs to one branch: a move starts a new record, and a new
 * balance). Requests: the earlier lines ∥ the accounts, then the branch-year of each earlier year (in parallel).
 */
async function carriedInto(repos: Repositories, member: MemberDoc, year: number): Promise<Centi> {
  const [lines, accounts] = await Promise.all([repos.ledger.ofMemberBefore(member._id, year), repos.exchangeAccounts.ofMember(member._id)]);
  const active = [...lines.map((l) => l.year), ...accounts.filter((a) => a.year < year).map((a) => a.year)];
  if (active.length === 0) return ZERO_CENTI;
  const first = Math.max(Math.min(...active), year - CARRY_YEARS);
  const years = Array.from({ length: year - first }, (_, i) => first + i);
  const branchYears = await Promise.all(years.map((y) => repos.branchYears.of(member.branchId, y)));
  return carriedBalance(
    years.map((y, i): ExchangeYear => ({
      year: y,
      rules: branchYears[i] ? exchangeRulesOf(schemeOf(branchYears[i]).scheme) : null,
      lines: lines.filter((l) => l.year === y),
      spentCenti: accounts.find((a) => a.year === y)?.spentCenti ?? 0,
    })),
  );
}

/** Per function instance: the schemes of branch-years that hold ledger lines, which pins them (setBranchScheme refuses SCHEME_PINNED). */
const MAX_PINNED = 256;
const pinnedSchemes = new Map<string, Scheme>();

/**
 * The branch's scheme for the year and the member's lines of that year (given when read already). A
 * branch-year seen with ledger lines cannot change its scheme any more, so its scheme is kept for the
 * instance: a warm instance reads only the lines. Requests: 1 warm; 2 in parallel cold; with the lines
 * given, none warm and the branch-year cold.
 */
async function schemeAndLines(
  repos: Repositories,
  member: MemberDoc,
  year: number,
  known?: LedgerEntryDoc[],
): Promise<{ scheme: Scheme; lines: LedgerEntryDoc[] }> {
  const key = `${member.branchId}:${year}`;
  const pinned = pinnedSchemes.get(key);
  const [scheme, lines] = await Promise.all([
    pinned ?? loadBranchYear(repos, member.branchId, year).then((branchYear) => branchYear.scheme),
    known ?? repos.ledger.ofMemberYear(member._id, year),
  ]);
  if (!pinned && lines.length > 0) {
    if (pinnedSchemes.size >= MAX_PINNED) pinnedSchemes.delete(pinnedSchemes.keys().next().value as string);
    pinnedSchemes.set(key, scheme);
  }
  return { scheme, lines };
}

/**
 * A member's exchange for `year`: the rules of the branch's scheme, what the year's ledger lines earn
 * (`lines`: the year's lines when read already), and the balance carried in when the rules carry over.
 * Requests: the year's lines unless given, with the branch-year beside them unless this instance knows
 * it pinned; with carry-over also the earlier lines ∥ the accounts, then the earlier branch-years.
 */
export async function loadMemberExchange(
  repos: Repositories,
  member: MemberDoc,
  year: number,
  lines?: LedgerEntryDoc[],
): Promise<MemberExchange> {
  const { scheme, lines: yearLines } = await schemeAndLines(repos, member, year, lines);
  const rules = exchangeRulesOf(scheme);
  const earnings = earningsOf(yearLines, rules);
  if (!rules.setting.carryOver) return { year, rules, earnings, carriedCenti: ZERO_CENTI, carriedFrom: null };
  const carriedCenti = await carriedInto(repos, member, year);
  return { year, rules, earnings, carriedCenti, carriedFrom: carriedCenti !== 0 ? year - 1 : null };
}

/**
 * The caller's own member among their redeemers (ExchangeAccountRepository.redeemersOf), by the rule of
 * Access.requireOwnMember: the one named (FORBIDDEN NOT_OWN_MEMBER when it is not theirs), or the only one
 * (NOT_BOUND without any, MEMBER_AMBIGUOUS with several).
 */
export function ownRedeemer(redeemers: readonly Redeemer[], memberId?: string): Redeemer {
  if (memberId !== undefined) {
    const mine = redeemers.find((r) => r.member._id === memberId);
    if (!mine) throw fail('NOT_OWN_MEMBER');
    return mine;
  }
  if (redeemers.length === 0) throw fail('NOT_BOUND');
  if (redeemers.length > 1) throw fail('MEMBER_AMBIGUOUS');
  return redeemers[0];
}
