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
 * One problem with one field, everywhere (replies, the engine's input checks, roster rows, schemes, the
 * CLI): the field's dotted path ("entries.3.points", "rows.2.入党日期"; "" for the value as a whole) and a
 * message in Chinese.
 */
export const FieldProblem = z.object({ path: z.string(), message: z.string() }).strict();
export type FieldProblem = z.infer<typeof FieldProblem>;

/** The dotted path of a field: ['entries', 3, 'points'] → "entries.3.points". */
export function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.map(String).join('.');
}

/** A path inside `prefix`: ("scheme", "categories.0") → "scheme.categories.0"; either may be "". */
export function pathUnder(prefix: string, path: string): string {
  return prefix && path ? `${prefix}.${path}` : prefix || path;
}

/** zod's issues as field problems, their paths under `prefix` ("data", "scheme"). */
export function problemsOf(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => ({ path: pathUnder(prefix, fieldPath(issue.path)), message: issue.message }));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Runs a zod schema and reports every problem with its field path (under `prefix`), in Chinese. Never throws. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, prefix = ''): Parsed<z.output<S>> {
  const result = safeParseZh(schema, data);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsOf(result.error, prefix) };
}

/** "entries.3.points: 分值应在 0–10 分之间"; "(root): …" for the value as a whole. */
export function describeProblem(problem: FieldProblem): string {
  return `${problem.path || '(root)'}: ${problem.message}`;
}
