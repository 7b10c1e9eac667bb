import { describeProblem, type FieldProblem } from '../validation';

/** Thrown by the engine for input that is well-formed but inconsistent with the scheme: every problem with its field path. */
export class ScoringInputError extends Error {
  readonly problems: FieldProblem[];

  constructor(problems: FieldProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'ScoringInputError';
    this.problems = problems;
  }
}
