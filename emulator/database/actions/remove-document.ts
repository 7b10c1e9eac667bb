import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { errors } from '../../errors';
import { keyOf } from '../bson-values';
import { DocChange } from '../database';
import { matchingDocuments } from '../query-engine';
import { CollectionNameParam, DatabaseContext, docIdOf, EjsonParam, parseQuery, QueryTypeParam, TransactionIdParam } from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  queryType: QueryTypeParam,
  query: EjsonParam,
  multi: z.boolean().optional(),
  transactionId: TransactionIdParam,
});

/** database.removeDocument: doc().remove() and where().remove() (multi by default). */
export function removeDocument(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    const collection = context.database.collection(params.collectionName);
    const query = parseQuery(params.query, context.now());

    if (params.transactionId !== undefined) {
      const transaction = context.transactions.get(params.transactionId);
      if (params.queryType !== 'DOC') throw errors.notInTransaction('a removal by condition (where)');
      const { id, idKey } = docIdOf(query);
      if (context.transactions.read(transaction, collection, idKey) === null) return json({ data: { deleted: 0 } });
      context.transactions.stage(transaction, collection, idKey, id, null);
      return json({ data: { deleted: 1 } });
    }

    if (params.queryType === 'DOC') docIdOf(query);
    const changes: DocChange[] = [];
    for (const doc of matchingDocuments(collection, query)) {
      changes.push({ collection, idKey: keyOf(doc['_id']), id: doc['_id'], before: doc, after: null });
      if (!params.multi) break;
    }
    await context.database.commit(changes);
    return json({ data: { deleted: changes.length } });
  };
}
