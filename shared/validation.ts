import type { z } from 'zod';

/** One validation problem, located by the path of the field it concerns. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Runs a zod schema and reports every problem with its field path. Never throws. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: issue.message,
    })),
  };
}

/** "entries.3.points: must be within 1–5" */
export function describeIssue(issue: FieldIssue): string {
  return `${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`;
}
