import type { Scheme } from '../../shared/scheme';

/** A grade's name in the scheme (its code when the scheme does not know it). */
export function gradeNameIn(scheme: Pick<Scheme, 'grading'>, code: string): string {
  return scheme.grading?.bands.find((b) => b.code === code)?.name ?? code;
}

/** Why a member has no grade, as a form's 等次 cell says it. */
export function noGradeText(status: string, note: 'notGraded' | 'awaitingReview' | 'noGrading' | null): string {
  if (note === 'notGraded') return status === 'activist' ? '积极分子不评等次' : status === 'probationary' ? '预备党员不评等次' : '不评等次';
  if (note === 'awaitingReview') return '待民主评议';
  return '';
}
