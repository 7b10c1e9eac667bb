import { z } from 'zod';
import { isHundredths } from './points';
import { CODE_MAX_LENGTH, CODE_PATTERN } from './scheme/schema';

/**
 * An entry's fields (a report, a ledger line, an engine entry): the item, and the details the scheme's
 * item says it takes — points (a range item: the reviewer's pick, in points with at most two decimals;
 * the engine turns them into hundredths, `Centi`), level (a level table's row), quantity (a
 * per-occurrence item's count) and post (the volunteer post it was done in). Defined once here; every
 * other shape is derived:
 * - the engine and the rules take `EntryFields`: the item, and the details it has (absent: none);
 * - requests give `OptionalEntryDetails` (the item under its own name, `itemCode`);
 * - stored documents and views carry `NullableEntryDetails` (every detail present, null: none).
 * `entryFieldsOf` and `nullableDetailsOf` convert between them; `reviewedEntryFields` applies a reviewer's
 * choice (`ReviewedEntryDetails`) to an entry, `sameEntryFields` compares two.
 */

/** A scheme's code as an entry names it (item, level, post): the scheme's own format. */
const EntryCode = z
  .string()
  .regex(CODE_PATTERN, '应为积分方案中的编号（字母、数字和点，如 duties.study.absent）')
  .max(CODE_MAX_LENGTH, `编号最多 ${CODE_MAX_LENGTH} 个字符`);

export const EntryDetails = z
  .object({
    points: z.number().refine(isHundredths, '分值最多两位小数'),
    level: EntryCode,
    quantity: z.number().int('次数应为整数').min(1, '次数应为不小于 1 的整数').max(10_000, '次数最多 10000'),
    post: EntryCode,
  })
  .strict();
export type EntryDetails = z.infer<typeof EntryDetails>;

/** The details a request gives: each optional. */
export const OptionalEntryDetails = EntryDetails.partial();
export type OptionalEntryDetails = z.infer<typeof OptionalEntryDetails>;

type NullableShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodNullable<S[K]> };

/** Each field of a shape, nullable. */
function nullableShape<S extends z.ZodRawShape>(shape: S): NullableShape<S> {
  return Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, z.nullable(field)])) as NullableShape<S>;
}

/** The details as stored and shown: each present, null where the entry has none. */
export const NullableEntryDetails = z.object(nullableShape(EntryDetails.shape)).strict();
export type NullableEntryDetails = z.infer<typeof NullableEntryDetails>;

/** An entry's fields as the engine and the rules take them: the item and the details it has. */
export const EntryFields = OptionalEntryDetails.extend({ item: EntryCode });
export type EntryFields = z.infer<typeof EntryFields>;

/** What a reviewer may change of an entry (approving a report, adjusting a line): points, level and quantity — the post is the member's. */
export const ReviewedEntryDetails = OptionalEntryDetails.omit({ post: true });
export type ReviewedEntryDetails = z.infer<typeof ReviewedEntryDetails>;

/** Details as any side has them: absent (a request, the engine) or null (storage, views). */
export type GivenEntryDetails = { [K in keyof EntryDetails]?: EntryDetails[K] | null };

/** An entry's fields from its item and details given either way (null and absent both mean none). */
export function entryFieldsOf(item: string, given: GivenEntryDetails): EntryFields {
  const fields: EntryFields = { item };
  if (given.points !== undefined && given.points !== null) fields.points = given.points;
  if (given.level !== undefined && given.level !== null) fields.level = given.level;
  if (given.quantity !== undefined && given.quantity !== null) fields.quantity = given.quantity;
  if (given.post !== undefined && given.post !== null) fields.post = given.post;
  return fields;
}

/** The details to store or show: each one, null where absent. */
export function nullableDetailsOf(given: GivenEntryDetails): NullableEntryDetails {
  return { points: given.points ?? null, level: given.level ?? null, quantity: given.quantity ?? null, post: given.post ?? null };
}

/** An entry's fields after a review: each detail the reviewer chose, else the entry's own; the post as it was. */
export function reviewedEntryFields(item: string, entry: NullableEntryDetails, choice: ReviewedEntryDetails): EntryFields {
  return entryFieldsOf(item, {
    points: choice.points ?? entry.points,
    level: choice.level ?? entry.level,
    quantity: choice.quantity ?? entry.quantity,
    post: entry.post,
  });
}

/** True when two entries have the same item and details. */
export function sameEntryFields(a: EntryFields, b: EntryFields): boolean {
  return a.item === b.item && a.points === b.points && a.level === b.level && a.quantity === b.quantity && a.post === b.post;
}
