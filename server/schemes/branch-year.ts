import { compileScheme, CompiledScheme } from '../../shared/engine';
import { Scheme } from '../../shared/scheme';
import { fail } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import type { BranchYearDoc } from './scheme.doc';

export interface BranchYear {
  doc: BranchYearDoc;
  scheme: Scheme;
  compiled: CompiledScheme;
}

/** Pinned schemes never change, so their parsed and compiled forms are cached by id@version. */
const compiledCache = new Map<string, { scheme: Scheme; compiled: CompiledScheme }>();

/** The cache key of a pinned scheme. */
export const pinnedKeyOf = (doc: Pick<BranchYearDoc, 'source' | 'schemeId' | 'schemeVersion'>) =>
  `${doc.source}:${doc.schemeId}@${doc.schemeVersion}`;

/** A pinned scheme parsed already in this instance, if any. */
export const cachedPinnedScheme = (key: string): Scheme | undefined => compiledCache.get(key)?.scheme;

export function schemeOf(doc: BranchYearDoc): { scheme: Scheme; compiled: CompiledScheme } {
  const key = pinnedKeyOf(doc);
  let cached = compiledCache.get(key);
  if (!cached) {
    const scheme = Scheme.parse(doc.scheme);
    cached = { scheme, compiled: compileScheme(scheme) };
    compiledCache.set(key, cached);
  }
  return cached;
}

/** The branch's pinned scheme for a year (one read). NOT_FOUND NO_SCHEME_FOR_YEAR when the committee has not set one. */
export async function loadBranchYear(repos: Pick<Repositories, 'branchYears'>, branchId: string, year: number): Promise<BranchYear> {
  const doc = await repos.branchYears.of(branchId, year);
  if (!doc) throw fail('NO_SCHEME_FOR_YEAR', { year });
  return { doc, ...schemeOf(doc) };
}
