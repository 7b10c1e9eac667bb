import { periodOf, yearOf } from '../../shared/period';
import { allPresets, Scheme } from '../../shared/scheme';
import { invalidField } from '../errors/domain-error';
import type { Repositories } from '../repositories';

/** The scheme a committee chose for a branch-year, and where it comes from. */
export interface ChosenScheme {
  scheme: Scheme;
  source: 'preset' | 'custom';
}

/**
 * The chosen scheme: a preset by its exact id, or a custom version saved by the branch's own committee
 * (one read). VALIDATION on `scheme.preset` / `scheme.custom` when there is none.
 */
export async function chosenScheme(
  repos: Pick<Repositories, 'schemes'>,
  choice: { preset: string } | { custom: string },
  committeeId: string,
): Promise<ChosenScheme> {
  if ('preset' in choice) {
    const scheme = allPresets().find((p) => p.id === choice.preset);
    if (!scheme) throw invalidField('scheme.preset', `没有预置方案 ${choice.preset}`);
    return { scheme, source: 'preset' };
  }
  const doc = await repos.schemes.byRef(choice.custom);
  if (!doc || doc.committeeId !== committeeId) throw invalidField('scheme.custom', `本党委没有自定义方案 ${choice.custom}`);
  return { scheme: Scheme.parse(doc.scheme), source: 'custom' };
}

/**
 * True once the branch has any report or ledger entry in the year, or its year sheet (democratic-review
 * results are mapped by the scheme): three one-document probes, at once.
 */
export async function hasActivity(
  repos: Pick<Repositories, 'reports' | 'ledger' | 'yearSheets'>,
  branchId: string,
  year: number,
): Promise<boolean> {
  const [reports, ledger, sheet] = await Promise.all([
    repos.reports.anyInBranchYear(branchId, year),
    repos.ledger.anyInBranchYear(branchId, year),
    repos.yearSheets.of(branchId, year),
  ]);
  return reports || ledger || sheet !== null;
}

/**
 * Where scoring starts when the committee does not say: 1 January, unless the scheme is set during its
 * own year after January, when the branch starts with the current period (months before it were never
 * recorded in the product and would only drag an average of months down).
 */
export function defaultScoringFrom(scheme: Scheme, year: number, today: string): string {
  if (yearOf(today) !== year) return `${year}-01-01`;
  return periodOf(scheme.period, today).start;
}
