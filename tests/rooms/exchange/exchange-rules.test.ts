import { z } from 'zod';
import { findPreset, Scheme } from '../../../shared/scheme';
import { Exchange } from '../../../shared/scheme/schema/exchange.schema';
import { carriedBalance, earningsOf } from '../../../server/exchange/exchange-balance';
import { exchangeRulesOf } from '../../../server/exchange/exchange-rules';
import { windowOn } from '../../../server/exchange/exchange-window';
import type { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';

const village = findPreset('003-village-quarterly')!;
const withExchange = (exchange: z.input<typeof Exchange>) => Scheme.parse({ ...village, exchange });

let n = 0;
function line(itemCode: string, baseCenti: number, reverses: string | null = null, year = 2026): LedgerEntryDoc {
  n += 1;
  return {
    _id: `e${n}`,
    sourceKey: `k${n}`,
    branchId: 'b',
    memberId: 'm',
    year,
    period: `${year}-Q1`,
    date: `${year}-02-01`,
    itemCode,
    itemName: itemCode,
    points: null,
    level: null,
    quantity: null,
    post: null,
    baseCenti,
    actor: { openid: 'o', role: 'recorder' },
    at: new Date(0),
    reason: 'r',
    source: reverses ? 'adjustment' : 'recorder',
    reportId: null,
    meetingId: null,
    reverses,
  };
}

describe('the scheme’s exchange section', () => {
  it('is optional, with documented defaults, and a scheme carries it through parsing', () => {
    expect(Scheme.parse(village).exchange).toBeUndefined();
    expect(exchangeRulesOf(Scheme.parse(village)).setting).toEqual({
      enabled: true,
      earnFrom: { categories: [], items: [] },
      ratioPercent: 100,
      carryOver: false,
    });
    expect(withExchange({ ratioPercent: 50, windows: { every: 'quarter', at: 'end', days: 7 } }).exchange).toEqual({
      enabled: true,
      earnFrom: { categories: [], items: [] },
      ratioPercent: 50,
      carryOver: false,
      windows: { every: 'quarter', at: 'end', days: 7 },
    });
  });

  it('refuses impossible settings, each named by its path', () => {
    const parsed = Scheme.safeParse({ ...village, exchange: { ratioPercent: 0, windows: { every: 'week', at: 'start', days: 40 } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'exchange.ratioPercent',
      'exchange.windows.days',
      'exchange.windows.every',
    ]);
  });

  it('the scheme names the codes earnFrom names that it does not have (checkExchangeReferences)', () => {
    const checked = Scheme.safeParse({
      ...village,
      exchange: { earnFrom: { categories: ['contribution', 'nope'], items: ['base.lateDues', 'gone.item'] } },
    });
    expect(checked.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['exchange.earnFrom.categories.1', '没有代码为“nope”的积分类别或分项'],
      ['exchange.earnFrom.items.1', '没有代码为“gone.item”的项目'],
    ]);
  });
});

describe('what ledger lines earn', () => {
  it('every positive line by default, one for one; a deduction earns nothing', () => {
    const earned = earningsOf([line('contribution.mediation', 250), line('base.lateDues', -500)], exchangeRulesOf(withExchange({})));
    expect(earned.totalCenti).toBe(250);
    expect(earned.uncounted).toBe(1);
  });

  it('only the listed categories and items, at the ratio, halves rounded away from zero; a reversal takes back exactly its line’s', () => {
    const rules = exchangeRulesOf(withExchange({ earnFrom: { items: ['contribution.poverty'] }, ratioPercent: 33 }));
    expect(rules.earnFrom).toBe('联系帮扶困难群众');
    const original = line('contribution.poverty', 150);
    const earned = earningsOf([original, line('contribution.poverty', -150, original._id), line('contribution.mediation', 500)], rules);
    expect(earned.counted.map((e) => e.exchangeCenti)).toEqual([50, -50]);
    expect(earned.totalCenti).toBe(0);
    expect(earned.uncounted).toBe(1);
  });

  it('a reversal of a deduction earns nothing back', () => {
    const deduction = line('base.lateDues', -500);
    const earned = earningsOf([deduction, line('base.lateDues', 500, deduction._id)], exchangeRulesOf(withExchange({})));
    expect(earned).toMatchObject({ totalCenti: 0, counted: [], uncounted: 2 });
  });
});

describe('carrying the balance', () => {
  const carry = exchangeRulesOf(withExchange({ carryOver: true }));
  const reset = exchangeRulesOf(withExchange({ carryOver: false }));
  it('follows each year: it opens with the year before only when its own rules carry over', () => {
    const years = [
      { year: 2023, rules: carry, lines: [line('contribution.mediation', 1000, null, 2023)], spentCenti: 200 },
      { year: 2024, rules: reset, lines: [line('contribution.mediation', 300, null, 2024)], spentCenti: 100 },
      { year: 2025, rules: carry, lines: [line('contribution.mediation', 400, null, 2025)], spentCenti: 0 },
    ];
    // 2023 closes at 800, 2024 starts afresh (200), 2025 brings it in: 200 + 400.
    expect(carriedBalance(years)).toBe(600);
    expect(carriedBalance([{ year: 2025, rules: null, lines: [], spentCenti: 0 }])).toBe(0);
  });
});

describe('exchange windows (Beijing dates)', () => {
  const quarterStart = { every: 'quarter', at: 'start', days: 10 } as const;
  it('are open every day without windows', () => {
    expect(windowOn(undefined, '2026-05-10')).toEqual({ open: true, from: null, until: null });
  });
  it('opens the first days of each quarter and points to the next one otherwise', () => {
    expect(windowOn(quarterStart, '2026-04-01')).toEqual({ open: true, from: '2026-04-01', until: '2026-04-10' });
    expect(windowOn(quarterStart, '2026-04-11')).toEqual({ open: false, from: '2026-07-01', until: '2026-07-10' });
    expect(windowOn(quarterStart, '2026-12-31')).toEqual({ open: false, from: '2027-01-01', until: '2027-01-10' });
  });
  it('opens the last days of each month, and before them says when', () => {
    const monthEnd = { every: 'month', at: 'end', days: 5 } as const;
    expect(windowOn(monthEnd, '2026-02-20')).toEqual({ open: false, from: '2026-02-24', until: '2026-02-28' });
    expect(windowOn(monthEnd, '2026-02-24')).toEqual({ open: true, from: '2026-02-24', until: '2026-02-28' });
    expect(windowOn({ every: 'quarter', at: 'end', days: 7 }, '2026-03-31')).toEqual({
      open: true,
      from: '2026-03-25',
      until: '2026-03-31',
    });
  });
});
