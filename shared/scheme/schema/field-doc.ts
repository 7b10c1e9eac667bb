/**
 * A field's documentation, kept beside its schema: docs/scheme-format.md is generated from it
 * (tools/scheme-format-docs.ts, drift-tested). `zh` is what a committee's staff read; `en` says the same
 * for programmers; `unit` (分, 天, %, 岁 …) and an `example` where the field holds a value.
 * `.meta()` registers a clone in zod's global registry: parsing is untouched.
 */
// A type, not an interface: zod's `.meta()` takes an object with an index signature.
export type FieldDoc = {
  zh: string;
  en: string;
  unit?: string;
  examples?: unknown[];
  /** Set on a part (see `part`): its section of docs/scheme-format.md. */
  id?: string;
};

export function doc(zh: string, en: string, more: { unit?: string; example?: unknown } = {}): FieldDoc {
  return { zh, en, ...(more.unit ? { unit: more.unit } : {}), ...(more.example !== undefined ? { examples: [more.example] } : {}) };
}

/** A reusable part of the format, documented in a section of its own (its id is its name in docs/scheme-format.md). */
export function part(id: string, zh: string, en: string): FieldDoc {
  return { id: `scheme.${id}`, zh, en };
}
