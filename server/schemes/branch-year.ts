import { compileScheme, CompiledScheme } from '../../shared/engine';
import { Scheme } from '../../shared/scheme';
import type { Database } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';
import { BranchYearDoc, branchYearId } from './scheme.doc';
import { AppError } from '../runtime/app-error';

export interface BranchYear {
  doc: BranchYearDoc;
  scheme: Scheme;
  compiled: CompiledScheme;
}

/** Pinned schemes never change, so their parsed and compiled forms are cached by id@version. */
const compiledCache = new Map<string, { scheme: Scheme; compiled: CompiledScheme }>();

export function schemeOf(doc: BranchYearDoc): { scheme: Scheme; compiled: CompiledScheme } {
  const key = `${doc.source}:${doc.schemeId}@${doc.schemeVersion}`;
  let cached = compiledCache.get(key);
  if (!cached) {
    const scheme = Scheme.parse(doc.scheme);
    cached = { scheme, compiled: compileScheme(scheme) };
    compiledCache.set(key, cached);
  }
  return cached;
}

/** The branch's pinned scheme for a year (one read). NOT_FOUND when the committee has not set one. */
export async function loadBranchYear(db: Database, branchId: string, year: number): Promise<BranchYear> {
  const found = (await db.collection(COLLECTIONS.branchYears).doc(branchYearId(branchId, year)).get()).data[0];
  if (!found) throw new AppError('NOT_FOUND', `本支部尚未设置 ${year} 年的积分方案，请联系上级党委`, 'NO_SCHEME_FOR_YEAR');
  const doc = BranchYearDoc.parse(found);
  return { doc, ...schemeOf(doc) };
}
