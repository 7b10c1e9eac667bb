import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Schema of database/indexes.json: the one declaration of the product's collections and indexes.
 * The production set-up creates each collection and its indexes from it; the local emulator creates
 * the same collections at start, enforces unique indexes and uses the indexes for equality lookups.
 */
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
/** CloudBase allows 100 indexes per collection (../shared/docs/cloudbase.md). */
const MAX_INDEXES_PER_COLLECTION = 100;

export const IndexDefinitionSchema = z.object({
  name: z.string().regex(NAME, 'index names use letters, digits, "_" and "-" (1–64 characters)'),
  keys: z
    .record(
      z
        .string()
        .min(1)
        .refine((field) => !field.startsWith('$'), 'index fields must not start with $'),
      z.union([z.literal(1), z.literal(-1)]),
    )
    .refine((keys) => Object.keys(keys).length > 0, 'an index needs at least one key'),
  unique: z.boolean().default(false),
});

export type IndexDefinition = z.infer<typeof IndexDefinitionSchema>;

const CollectionIndexesSchema = z
  .array(IndexDefinitionSchema)
  .max(MAX_INDEXES_PER_COLLECTION)
  .refine(
    (indexes) => new Set(indexes.map((index) => index.name)).size === indexes.length,
    'index names must be unique within a collection',
  );

export const IndexesFileSchema = z
  .object({ $comment: z.string().optional() })
  .catchall(CollectionIndexesSchema)
  .superRefine((file, ctx) => {
    for (const name of Object.keys(file)) {
      if (name !== '$comment' && !NAME.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'collection names use letters, digits, "_" and "-" (1–64 characters)' });
      }
    }
  });

/** Collection name → its indexes (without the implicit _id index). */
export type IndexCatalog = Record<string, IndexDefinition[]>;

export function parseIndexCatalog(input: unknown, source = 'indexes'): IndexCatalog {
  const result = IndexesFileSchema.safeParse(input);
  if (!result.success) throw new Error(`${source} is invalid:\n${z.prettifyError(result.error)}`);
  const catalog: IndexCatalog = {};
  for (const [name, indexes] of Object.entries(result.data)) {
    if (name === '$comment' || !Array.isArray(indexes)) continue;
    catalog[name] = indexes;
  }
  return catalog;
}

export function loadIndexCatalog(file: string): IndexCatalog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseIndexCatalog(json, file);
}
