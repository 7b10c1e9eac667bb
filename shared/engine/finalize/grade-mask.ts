import { NO_GRADE } from '../compile/bands';

/** True when the grade (a band index, NO_GRADE for none) is one the mask lists; always true without a mask. */
export function gradeIn(mask: Uint8Array | null, grade: number): boolean {
  return mask === null || (grade !== NO_GRADE && mask[grade] === 1);
}
