import type { Scheme } from '../../scheme/schema';
import { NO_GRADE } from './bands';

/** By band index: 1 where the band's code is listed. */
export function gradeMask(scheme: Scheme, codes: readonly string[] | undefined): Uint8Array | null {
  if (!codes) return null;
  return Uint8Array.from(scheme.grading?.bands ?? [], (band) => (codes.includes(band.code) ? 1 : 0));
}

/** True when the grade (a band index, NO_GRADE for none) is one the mask lists; always true without a mask. */
export function gradeIn(mask: Uint8Array | null, grade: number): boolean {
  return mask === null || (grade !== NO_GRADE && mask[grade] === 1);
}
