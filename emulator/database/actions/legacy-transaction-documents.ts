import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { errors } from '../../errors';
import { Doc, isValidDocId, keyOf, parseEjsonObject, stringifyEjson, stringifyReply } from '../bson-values';
import { applyUpdate, toReplacement, toUpdateOperators } from '../update-engine';
import { CollectionNameParam, DatabaseContext } from './context';

/**
 * The older transaction API of @cloudbase/database (dist/commonjs/transaction.js: transaction.get/set/
 * update/delete(documentRef)) uses dedicated actions with EJSON-encoded replies.
 */
const DocParams = z.object({
  collectionName: CollectionNameParam,
  transactionId: z.string().min(1),
  _id: z.union([z.string().min(1), z.number()]),
});

const UpdateParams = DocParams.extend({ data: z.string(), upsert: z.boolean().optional() });

/** database.getInTransaction */
export function getInTransaction(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(DocParams, request.params);
    const transaction = context.transactions.get(params.transactionId);
    const collection = context.database.collection(params.collectionName);
    const doc = context.transactions.read(transaction, collection, keyOf(params._id));
    return json({ data: doc === null ? stringifyEjson(null) : stringifyReply(doc) });
  };
}

/** database.updateDocInTransaction: set (replacement, upsert) or update ({ $set: ... }). */
export function updateDocInTransaction(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(UpdateParams, request.params);
    if (!isValidDocId(params._id)) throw errors.invalidParam('invalid _id');
    const transaction = context.transactions.get(params.transactionId);
    const collection = context.database.collection(params.collectionName);
    const now = context.now();
    const idKey = keyOf(params._id);
    const data = parseEjsonObject(params.data, 'data');
    const current = context.transactions.read(transaction, collection, idKey);
    const isOperatorUpdate = Object.keys(data).some((key) => key.startsWith('$'));
    let after: Doc;
    if (isOperatorUpdate) {
      if (current === null) return json({ updated: stringifyEjson(0), upserted: null });
      after = applyUpdate(current, toUpdateOperators(data, now), { _id: params._id }).doc;
    } else {
      if (current === null && !params.upsert) return json({ updated: stringifyEjson(0), upserted: null });
      after = toReplacement(params._id, data, now);
    }
    context.transactions.stage(transaction, collection, idKey, params._id, after);
    return current === null
      ? json({ updated: stringifyEjson(0), upserted: JSON.stringify([{ _id: params._id }]) })
      : json({ updated: stringifyEjson(1), upserted: null });
  };
}

/** database.deleteDocInTransaction */
export function deleteDocInTransaction(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(DocParams, request.params);
    const transaction = context.transactions.get(params.transactionId);
    const collection = context.database.collection(params.collectionName);
    const idKey = keyOf(params._id);
    if (context.transactions.read(transaction, collection, idKey) === null) return json({ deleted: stringifyEjson(0) });
    context.transactions.stage(transaction, collection, idKey, params._id, null);
    return json({ deleted: stringifyEjson(1) });
  };
}
