/** One problem with the scheme or the scenario, located by its field path ("entries.3.points"). */
export interface InputIssue {
  path: (string | number)[];
  message: string;
}

/** Thrown by the engine for input that is well-formed but inconsistent with the scheme. */
export class ScoringInputError extends Error {
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    super(issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n'));
    this.name = 'ScoringInputError';
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => String(p)).join('.');
}
