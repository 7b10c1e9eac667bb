import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { errors } from '../../errors';
import { Doc, generateDocId, isValidDocId, keyOf, parseEjsonObject, resolveServerDates } from '../bson-values';
import { DocChange } from '../database';
import { assertStorableDocument } from '../document-rules';
import { CollectionNameParam, DatabaseContext, idForReply, TransactionIdParam } from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  data: z.array(z.string()).min(1),
  transactionId: TransactionIdParam,
});

/** database.insertDocument: add(doc), add([docs]), doc(id).create(). */
export function insertDocument(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    const collection = context.database.collection(params.collectionName);
    const now = context.now();
    const docs = params.data.map((text, index) => toNewDocument(parseEjsonObject(text, `data[${index}]`), now));

    if (params.transactionId !== undefined) {
      const transaction = context.transactions.get(params.transactionId);
      const seen = new Set<string>();
      const entries = docs.map((doc) => {
        const idKey = keyOf(doc['_id']);
        if (seen.has(idKey) || context.transactions.read(transaction, collection, idKey) !== null) {
          context.transactions.abort(transaction);
          throw errors.duplicateWrite(collection.name, '_id_', `{ _id: ${JSON.stringify(idForReply(doc['_id']))} }`);
        }
        seen.add(idKey);
        return { idKey, id: doc['_id'], after: doc };
      });
      context.transactions.stageMany(transaction, collection, entries);
      return json({ data: { insertedIds: docs.map((doc) => idForReply(doc['_id'])) } });
    }

    const changes: DocChange[] = [];
    const seen = new Set<string>();
    for (const doc of docs) {
      const idKey = keyOf(doc['_id']);
      if (seen.has(idKey) || collection.has(idKey)) {
        throw errors.duplicateWrite(collection.name, '_id_', `{ _id: ${JSON.stringify(idForReply(doc['_id']))} }`);
      }
      seen.add(idKey);
      changes.push({ collection, idKey, id: doc['_id'], before: null, after: doc });
    }
    await context.database.commit(changes);
    return json({ data: { insertedIds: docs.map((doc) => idForReply(doc['_id'])) } });
  };
}

function toNewDocument(data: Doc, now: number): Doc {
  const resolved = resolveServerDates(data, now);
  if (resolved['_id'] === undefined) resolved['_id'] = generateDocId();
  else if (!isValidDocId(resolved['_id'])) throw errors.invalidParam('_id must be a non-empty string, a number or an ObjectId');
  const doc: Doc = { _id: resolved['_id'], ...resolved };
  assertStorableDocument(doc);
  return doc;
}
