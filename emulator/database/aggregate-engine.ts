import { errors } from '../errors';
import { Doc, deepClone, isPlainObject } from './bson-values';
import { Collection } from './collection';
import { DATABASE_LIMITS } from './limits';
import { Aggregator, MINGO_OPTIONS } from './mingo';
import { fromMingoError } from './mingo-errors';
import { matchingDocuments } from './query-engine';

/** Stages that write or run scripts: CloudBase's aggregate() cannot, so neither can the emulator. */
const REFUSED_STAGES = new Set(['$out', '$merge', '$function', '$accumulator']);

export type CollectionResolver = (name: string) => Doc[];

/**
 * Runs a pipeline with mingo. A leading $match uses the collection's indexes. Without any $limit
 * stage CloudBase returns at most 20 documents; it never returns more than 10 000.
 */
export function runPipeline(collection: Collection, pipeline: Doc[], resolveCollection: CollectionResolver): Doc[] {
  for (const stage of pipeline) {
    const keys = Object.keys(stage);
    if (keys.length !== 1) throw errors.invalidParam('each aggregation stage must have exactly one operator');
    const name = keys[0] as string;
    if (REFUSED_STAGES.has(name)) throw errors.invalidOperator(`aggregation stage ${name} is not supported`);
  }
  const [first, ...rest] = pipeline;
  let source: Doc[];
  let remaining: Doc[];
  if (first && isPlainObject(first['$match'])) {
    source = [...matchingDocuments(collection, first['$match'])].map((doc) => deepClone(doc));
    remaining = rest;
  } else {
    source = [...collection.all()].map((doc) => deepClone(doc));
    remaining = pipeline;
  }
  const hasLimit = pipeline.some((stage) => '$limit' in stage);
  if (!hasLimit) remaining = [...remaining, { $limit: DATABASE_LIMITS.aggregateDefaultLimit }];
  let result: Doc[];
  try {
    const aggregator = new Aggregator(remaining, { ...MINGO_OPTIONS, collectionResolver: (name: string) => resolveCollection(name) });
    result = aggregator.run<Doc>(source);
  } catch (error) {
    throw fromMingoError(error);
  }
  return result.length > DATABASE_LIMITS.aggregateMaxLimit ? result.slice(0, DATABASE_LIMITS.aggregateMaxLimit) : result;
}
