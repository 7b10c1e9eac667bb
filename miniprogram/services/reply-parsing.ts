import type { ReplySchema } from './service-client';

/** Rounds of dropping unknown fields before giving up (each round drops all zod reports; one is the rule). */
const MAX_ROUNDS = 3;

type Parsed = ReturnType<ReplySchema['safeParse']>;
interface Issue {
  code: string;
  path: PropertyKey[];
  keys?: string[];
}

/**
 * Parses a function's reply with its contract's schema, tolerating fields this build does not know.
 * The contracts' objects are strict, so a field a later backend adds would make every mini-program
 * already on people's phones answer BAD_REPLY. Here a reply whose only problems are unrecognized keys
 * (at any depth) is parsed again without them; any other problem — a missing field, a wrong type, an
 * unknown enum value — still fails, as before.
 */
export function parseReplyTolerantly(schema: ReplySchema, raw: unknown): Parsed {
  let parsed = schema.safeParse(raw);
  let reply = raw;
  for (let round = 0; round < MAX_ROUNDS && !parsed.success; round++) {
    const issues = parsed.error.issues as Issue[];
    if (!issues.every((issue) => issue.code === 'unrecognized_keys')) break;
    if (reply === raw) reply = JSON.parse(JSON.stringify(raw)) as unknown;
    for (const issue of issues) dropKeys(reply, issue.path, issue.keys ?? []);
    parsed = schema.safeParse(reply);
  }
  return parsed;
}

function dropKeys(root: unknown, path: PropertyKey[], keys: string[]): void {
  let node = root;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  if (typeof node !== 'object' || node === null) return;
  for (const key of keys) delete (node as Record<string, unknown>)[key];
}
