import { compileScheme } from '../../../shared/engine';
import { findPreset } from '../../../shared/scheme';
import type { BranchYear } from '../../../server/schemes/branch-year';
import type { BranchYearDoc } from '../../../server/schemes/scheme.doc';

/** A branch-year pinned to a preset, as the rooms' rules receive it (no database). */
export function aBranchYear(presetId: string, over: Partial<BranchYearDoc> = {}): BranchYear {
  const scheme = findPreset(presetId);
  if (!scheme) throw new Error(`no preset ${presetId}`);
  const doc: BranchYearDoc = {
    _id: 'bA:2026',
    branchId: 'bA',
    committeeId: 'c1',
    year: 2026,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    source: 'preset',
    scheme: scheme as unknown as Record<string, unknown>,
    closedPeriods: [],
    setBy: 'o-admin',
    setAt: new Date('2026-01-01T00:00:00Z'),
    ...over,
  };
  return { doc, scheme, compiled: compileScheme(scheme) };
}

/** The reason a rule threw (or 'none'). */
export function reasonOf(rule: () => unknown): string {
  try {
    rule();
    return 'none';
  } catch (error) {
    return (error as { reason?: string }).reason ?? String(error);
  }
}
