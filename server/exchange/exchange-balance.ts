import { addCenti, applyPercent, asCenti, Centi, subtractCenti, ZERO_CENTI } from '../../shared/points';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import type { ExchangeRules } from './exchange-rules';

/** A ledger line that earned exchange points (a reversal takes its line's back). */
export interface Earning {
  line: LedgerEntryDoc;
  exchangeCenti: Centi;
}

export interface Earnings {
  totalCenti: Centi;
  counted: Earning[];
  /** Lines that earn nothing: deductions, and items the rules do not count. */
  uncounted: number;
}

/**
 * What ledger lines earn under a scheme's exchange rules. A line earns when the points it records are
 * positive and its item counts: its points × ratio / 100, rounded by the one rounding rule (halves away
 * from zero, so a reversal takes back exactly what its line earned). A reversal counts when the line it
 * reverses did. Pure.
 */
export function earningsOf(lines: readonly LedgerEntryDoc[], rules: ExchangeRules): Earnings {
  let totalCenti = ZERO_CENTI;
  const counted: Earning[] = [];
  let uncounted = 0;
  for (const line of lines) {
    const original = line.reverses === null ? line.baseCenti : -line.baseCenti;
    if (original > 0 && rules.earns(line.itemCode)) {
      const exchangeCenti = applyPercent(asCenti(line.baseCenti), rules.setting.ratioPercent);
      counted.push({ line, exchangeCenti });
      totalCenti = addCenti(totalCenti, exchangeCenti);
    } else uncounted += 1;
  }
  return { totalCenti, counted, uncounted };
}

/** One earlier year of a member's exchange: its rules (null when the branch had no scheme that year), lines and spending. */
export interface ExchangeYear {
  year: number;
  rules: ExchangeRules | null;
  lines: readonly LedgerEntryDoc[];
  spentCenti: number;
}

/**
 * The balance carried into a year whose rules carry over: the earlier years in order, each closing at
 * what it opened with + what it earned − what it spent, and opening with the year before's close only
 * when its own rules carry over (the first year opens at 0). A negative close (a line taken back after
 * its points were spent) is carried too. Pure.
 */
export function carriedBalance(years: readonly ExchangeYear[]): Centi {
  let balance = ZERO_CENTI;
  years.forEach((y, i) => {
    const opening = i > 0 && y.rules?.setting.carryOver ? balance : ZERO_CENTI;
    const earned = y.rules ? earningsOf(y.lines, y.rules).totalCenti : ZERO_CENTI;
    balance = subtractCenti(addCenti(opening, earned), asCenti(y.spentCenti));
  });
  return balance;
}
