import type { Scheme } from '../../shared/scheme';
import { EXCHANGE_DEFAULTS, Exchange } from '../../shared/scheme/schema/exchange.schema';
import type { z } from 'zod';
import type { ExchangeRulesView } from '../../shared/contracts/exchange/exchange-views.schema';

/** A scheme's exchange setting, ready to apply to ledger lines. */
export interface ExchangeRules {
  setting: Exchange;
  /** Whether lines of this item may earn exchange points (positive ones do). */
  earns(itemCode: string): boolean;
  /** What earns, in words: 全部加分, or the names of the categories and items. */
  earnFrom: string;
}

const compiled = new WeakMap<Scheme, ExchangeRules>();

/** The exchange rules of a scheme: its `exchange` section, or EXCHANGE_DEFAULTS when it has none. Cached per parsed scheme. */
export function exchangeRulesOf(scheme: Scheme): ExchangeRules {
  let rules = compiled.get(scheme);
  if (rules) return rules;
  const setting = scheme.exchange ?? EXCHANGE_DEFAULTS;
  const { categories, items } = setting.earnFrom;
  const names: string[] = [];
  const earning = new Set<string>();
  for (const category of scheme.categories) {
    const whole = categories.includes(category.code);
    if (whole) names.push(category.name);
    const blocks = [
      { listed: whole, items: category.items },
      ...category.sections.map((section) => {
        const listed = whole || categories.includes(section.code);
        if (listed && !whole) names.push(section.name);
        return { listed, items: section.items };
      }),
    ];
    for (const block of blocks) {
      for (const item of block.items) {
        if (block.listed) earning.add(item.code);
        else if (items.includes(item.code)) {
          earning.add(item.code);
          names.push(item.name);
        }
      }
    }
  }
  const everything = categories.length === 0 && items.length === 0;
  rules = {
    setting,
    earns: everything ? () => true : (code) => earning.has(code),
    earnFrom: everything ? '全部加分' : names.length > 0 ? names.join('、') : '无',
  };
  compiled.set(scheme, rules);
  return rules;
}

/** The rules as the exchange pages word them. */
export function rulesView(rules: ExchangeRules): z.input<typeof ExchangeRulesView> {
  const { ratioPercent, carryOver, windows } = rules.setting;
  return { earnFrom: rules.earnFrom, ratioPercent, carryOver, windows: windows ?? null };
}
