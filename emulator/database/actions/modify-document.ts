import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { errors } from '../../errors';
import { Doc, generateDocId, keyOf, parseEjsonObject } from '../bson-values';
import { Collection } from '../collection';
import { DocChange } from '../database';
import { matchingDocuments } from '../query-engine';
import { Transaction } from '../transactions';
import { applyUpdate, seedFromQuery, toReplacement, toUpdateOperators } from '../update-engine';
import {
  CollectionNameParam,
  DatabaseContext,
  docIdOf,
  EjsonParam,
  idForReply,
  parseQuery,
  QueryTypeParam,
  sameDocument,
  TransactionIdParam,
} from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  queryType: QueryTypeParam,
  query: EjsonParam,
  data: z.string(),
  multi: z.boolean().optional(),
  merge: z.boolean().optional(),
  upsert: z.boolean().optional(),
  transactionId: TransactionIdParam,
});

interface Outcome {
  updated: number;
  matched: number;
  upsertedId?: unknown;
}

/**
 * database.modifyDocument: doc().set() (merge false, upsert true), doc().update() and
 * where().update() (merge true, multi true). All changes are computed first and applied together.
 */
export function modifyDocument(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    const collection = context.database.collection(params.collectionName);
    const now = context.now();
    const query = parseQuery(params.query, now);
    const data = parseEjsonObject(params.data, 'data');
    const merge = params.merge ?? true;
    const upsert = params.upsert ?? false;

    let outcome: Outcome;
    if (params.transactionId !== undefined) {
      const transaction = context.transactions.get(params.transactionId);
      if (params.queryType !== 'DOC') throw errors.notInTransaction('an update by condition (where)');
      outcome = modifyInTransaction(context, transaction, collection, query, data, { merge, upsert, now });
    } else {
      if (params.queryType === 'DOC') docIdOf(query);
      outcome = await modifyCommitted(context, collection, query, data, { merge, upsert, now, multi: params.multi ?? false });
    }
    const reply: Record<string, unknown> = { updated: outcome.updated, matched: outcome.matched };
    if (outcome.upsertedId !== undefined) reply['upsert_id'] = idForReply(outcome.upsertedId);
    return json({ data: reply });
  };
}

interface ModifyOptions {
  merge: boolean;
  upsert: boolean;
  now: number;
}

async function modifyCommitted(
  context: DatabaseContext,
  collection: Collection,
  query: Doc,
  data: Doc,
  options: ModifyOptions & { multi: boolean },
): Promise<Outcome> {
  if (!options.merge && options.multi) throw errors.invalidParam('a replacement (set) updates a single document: multi must be false');
  const targets: Doc[] = [];
  for (const doc of matchingDocuments(collection, query)) {
    targets.push(doc);
    if (!options.multi) break;
  }
  const changes: DocChange[] = [];
  let upsertedId: unknown;
  if (options.merge) {
    const operators = toUpdateOperators(data, options.now);
    for (const doc of targets) {
      const { doc: after, modified } = applyUpdate(doc, operators, query);
      if (modified) changes.push({ collection, idKey: keyOf(doc['_id']), id: doc['_id'], before: doc, after });
    }
    if (targets.length === 0 && options.upsert) {
      const seed = seedFromQuery(query);
      if (seed['_id'] === undefined) seed['_id'] = generateDocId();
      const { doc: after } = applyUpdate(seed, operators);
      upsertedId = after['_id'];
      changes.push({ collection, idKey: keyOf(after['_id']), id: after['_id'], before: null, after });
    }
  } else {
    const target = targets[0];
    if (target) {
      const after = toReplacement(target['_id'], data, options.now);
      if (!sameDocument(target, after)) changes.push({ collection, idKey: keyOf(target['_id']), id: target['_id'], before: target, after });
    } else if (options.upsert) {
      const id = query['_id'] !== undefined && Object.keys(query).length === 1 ? query['_id'] : (data['_id'] ?? generateDocId());
      const after = toReplacement(id, data, options.now);
      upsertedId = id;
      changes.push({ collection, idKey: keyOf(id), id, before: null, after });
    }
  }
  await context.database.commit(changes);
  // A replacement counts the matched document even when nothing changes (CloudBase reports 1, as for
  // set() in a transaction); a merge update counts modified documents (MongoDB nModified).
  const updated = options.merge ? changes.filter((change) => change.before !== null).length : targets.length;
  return { updated, matched: targets.length, upsertedId };
}

function modifyInTransaction(
  context: DatabaseContext,
  transaction: Transaction,
  collection: Collection,
  query: Doc,
  data: Doc,
  options: ModifyOptions,
): Outcome {
  const { id, idKey } = docIdOf(query);
  const current = context.transactions.read(transaction, collection, idKey);
  if (!options.merge) {
    const after = toReplacement(id, data, options.now);
    if (current === null && !options.upsert) return { updated: 0, matched: 0 };
    context.transactions.stage(transaction, collection, idKey, id, after);
    return current === null ? { updated: 0, matched: 0, upsertedId: id } : { updated: 1, matched: 1 };
  }
  const operators = toUpdateOperators(data, options.now);
  if (current === null) {
    if (!options.upsert) return { updated: 0, matched: 0 };
    const { doc: after } = applyUpdate({ _id: id }, operators);
    context.transactions.stage(transaction, collection, idKey, id, after);
    return { updated: 0, matched: 0, upsertedId: id };
  }
  const { doc: after, modified } = applyUpdate(current, operators, query);
  if (modified) context.transactions.stage(transaction, collection, idKey, id, after);
  return { updated: modified ? 1 : 0, matched: 1 };
}
