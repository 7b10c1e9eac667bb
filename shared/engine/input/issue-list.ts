import type { FieldProblem } from '../../validation';
import { ScoringInputError } from '../scoring-error';

/** At most this many problems are reported: a scenario with thousands of bad entries gets a readable error. */
const MAX_ISSUES = 50;

/** The problems found in a scenario, in the order the checks ran, each with its field path ("entries.3.points"). */
export class IssueList {
  private readonly problems: FieldProblem[] = [];

  add(path: string, message: string): void {
    if (this.problems.length < MAX_ISSUES) this.problems.push({ path, message });
  }

  /** Nothing is scored when any problem was found. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new ScoringInputError(this.problems);
  }
}
