import { fail } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import type { YearSheetDoc } from './year-sheet.doc';

/** Review results may change and the branch may propose: CONFLICT YEAR_ALREADY_PROPOSED / YEAR_ALREADY_DECIDED otherwise. */
export function requireOpen(sheet: YearSheetDoc | null, year: number): void {
  if (sheet?.status === 'proposed') throw fail('YEAR_ALREADY_PROPOSED', { year });
  if (sheet?.status === 'decided') throw fail('YEAR_ALREADY_DECIDED', { year });
}

/** The committee may decide: CONFLICT YEAR_NOT_PROPOSED / YEAR_ALREADY_DECIDED otherwise. */
export function requireProposed(
  sheet: YearSheetDoc | null,
  year: number,
): asserts sheet is YearSheetDoc & { proposal: NonNullable<YearSheetDoc['proposal']> } {
  if (!sheet || sheet.status === 'open' || !sheet.proposal) throw fail('YEAR_NOT_PROPOSED', { year });
  if (sheet.status === 'decided') throw fail('YEAR_ALREADY_DECIDED', { year });
}

/** How often a change is tried again after another write came first, before CONFLICT YEAR_BUSY. */
const ATTEMPTS = 4;

/**
 * Changes a branch's sheet by compare-and-set: `change` builds the next version from the sheet as read
 * (null: none yet) or refuses by throwing; it is written only if nobody wrote in between. After a lost
 * race the sheet is read again and `change` runs again on it (so a refusal — proposed meanwhile — is
 * answered as such). One write; each lost race costs one read and one write more.
 */
export async function changeSheet(
  repos: Pick<Repositories, 'yearSheets'>,
  at: { branchId: string; year: number },
  read: YearSheetDoc | null,
  change: (sheet: YearSheetDoc | null) => YearSheetDoc,
): Promise<YearSheetDoc> {
  let current = read;
  for (let attempt = 1; ; attempt++) {
    const next = change(current);
    if (next === current) return next;
    if (await repos.yearSheets.replaceIfUnchanged(next, current)) return next;
    if (attempt >= ATTEMPTS) throw fail('YEAR_BUSY');
    current = await repos.yearSheets.of(at.branchId, at.year);
  }
}
