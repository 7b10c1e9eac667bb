import type { ItemRulePoints, ItemRuleView } from '../../shared/contracts/reports/item-rule.schema';
import { CompiledItem, ItemKind } from '../../shared/engine';
import { fromCenti } from '../../shared/points';
import { DomainError } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import type { PinnedSchemeRef } from '../reports/report.doc';
import type { BranchYear } from './branch-year';
import { pinnedBranchYear } from './scheme-cache';

/** How the item turns into points, from its compiled form (hundredths back into points). */
function pointsOf(item: CompiledItem): ItemRulePoints {
  const source = item.source.points;
  switch (item.kind) {
    case ItemKind.Fixed:
      return { kind: 'fixed', value: fromCenti(item.value) };
    case ItemKind.PerOccurrence:
      return {
        kind: 'perOccurrence',
        value: fromCenti(item.value),
        unit: source.kind === 'perOccurrence' || source.kind === 'count' ? source.unit : '次',
        maxQuantity: item.maxQuantity,
      };
    case ItemKind.Range:
      return { kind: 'range', min: fromCenti(item.min), max: fromCenti(item.max), step: fromCenti(item.step) };
    case ItemKind.Levels:
      return {
        kind: 'levels',
        levels: item.levelCodes.map((code, i) => ({
          code,
          name: (source.kind === 'levels' ? source.levels.find((l) => l.code === code)?.name : undefined) ?? code,
          value: fromCenti(item.levelValues[i]),
        })),
      };
    case ItemKind.Veto:
      return { kind: 'veto' };
  }
}

/** One item of a branch-year's scheme as pages offer it: only the values the scheme allows. */
export function itemRuleView(branchYear: BranchYear, item: CompiledItem): ItemRuleView {
  return {
    code: item.code,
    name: item.name,
    categoryName: branchYear.compiled.categories[item.category]?.name ?? '',
    points: pointsOf(item),
    enteredBy: item.source.enteredBy,
    requiresPost: item.source.requiresPost,
  };
}

/** Every item of the branch-year's scheme, in the scheme's order. */
export function itemRuleViews(branchYear: BranchYear): ItemRuleView[] {
  return branchYear.compiled.items.map((item) => itemRuleView(branchYear, item));
}

/**
 * The rules of the items of these reports, as each report's pinned scheme has them (one entry per
 * year and item code). Requests: 0 on a warm instance, 1 per pinned scheme on a cold one (usually one).
 * A year without a scheme, or a pin that no longer matches, gives no rules for its reports: approving
 * one answers why (NO_SCHEME_FOR_YEAR, SCHEME_CHANGED); the queue itself still shows.
 */
export async function itemRulesOfReports(
  repos: Pick<Repositories, 'branchYears'>,
  reports: readonly { branchId: string; year: number; itemCode: string; scheme?: PinnedSchemeRef }[],
): Promise<(ItemRuleView & { year: number })[]> {
  const groups = new Map<string, { branchId: string; year: number; ref: PinnedSchemeRef | undefined; codes: Set<string> }>();
  for (const report of reports) {
    const key = `${report.branchId}:${report.year}:${report.scheme ? `${report.scheme.source}:${report.scheme.id}@${report.scheme.version}` : ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { branchId: report.branchId, year: report.year, ref: report.scheme, codes: new Set() }));
    group.codes.add(report.itemCode);
  }
  const views = await Promise.all(
    [...groups.values()].map(async (group) => {
      let branchYear: BranchYear;
      try {
        branchYear = await pinnedBranchYear(repos, group.branchId, group.year, group.ref);
      } catch (error) {
        if (error instanceof DomainError) return [];
        throw error;
      }
      return [...group.codes].flatMap((code) => {
        const index = branchYear.compiled.itemIndex.get(code);
        return index === undefined ? [] : [{ ...itemRuleView(branchYear, branchYear.compiled.items[index]), year: group.year }];
      });
    }),
  );
  const seen = new Set<string>();
  return views.flat().filter((view) => {
    const key = `${view.year}:${view.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
