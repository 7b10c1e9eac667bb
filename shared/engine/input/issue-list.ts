import { InputIssue, ScoringInputError } from '../scoring-error';

/** At most this many problems are reported: a scenario with thousands of bad entries gets a readable error. */
const MAX_ISSUES = 50;

/** The problems found in a scenario, in the order the checks ran, each with its field path. */
export class IssueList {
  private readonly issues: InputIssue[] = [];

  add(path: (string | number)[], message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }

  /** Nothing is scored when any problem was found. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ScoringInputError(this.issues);
  }
}
