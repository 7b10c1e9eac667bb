import { z } from 'zod';

/**
 * zod's own zh-CN messages ("无效输入：期望 string，实际接收 undefined") for every problem a schema does
 * not word itself. Passed per parse rather than set globally (`z.config`), so that nothing else in the
 * process (the emulator's English CloudBase-style errors, say) changes language behind its back.
 */
const zhCN = z.locales.zhCN().localeError;

/** `schema.safeParse(data)` with messages in Chinese. Never throws. */
export function safeParseZh<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(data, { error: zhCN });
}

/**
 * One problem with one field, everywhere (replies, the engine's input checks, roster rows, schemes):
 * the field's dotted path ("entries.3.points", "rows.2.入党日期") and a message in Chinese.
 */
export interface FieldProblem {
  path: string;
  message: string;
}

/** One validation problem, located by the path of the field it concerns. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Runs a zod schema and reports every problem with its field path, in Chinese. Never throws. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): Parsed<z.output<S>> {
  const result = safeParseZh(schema, data);
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
