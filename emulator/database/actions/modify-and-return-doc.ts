import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { keyOf, parseEjsonObject, stringifyReply } from '../bson-values';
import { filterDocuments, matchingDocuments } from '../query-engine';
import { applyUpdate, toUpdateOperators } from '../update-engine';
import { CollectionNameParam, DatabaseContext, EjsonParam, parseQuery, QueryTypeParam, TransactionIdParam } from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  queryType: QueryTypeParam,
  query: EjsonParam,
  data: z.string(),
  transactionId: TransactionIdParam,
});

/** database.modifyAndReturnDoc: where().updateAndReturn() — updates the first match, returns it updated (in a transaction too). */
export function modifyAndReturnDoc(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    const collection = context.database.collection(params.collectionName);
    const now = context.now();
    const query = parseQuery(params.query, now);
    const operators = toUpdateOperators(parseEjsonObject(params.data, 'data'), now);
    // Inside a transaction: the first match of the transaction's snapshot plus its own writes.
    const transaction = params.transactionId !== undefined ? context.transactions.get(params.transactionId) : undefined;
    const [target] = transaction
      ? filterDocuments(context.transactions.view(transaction, collection), query)
      : matchingDocuments(collection, query);
    if (!target) return json({ data: { updated: 0, doc: null } });
    const { doc: after, modified } = applyUpdate(target, operators, query);
    if (modified && transaction) context.transactions.stage(transaction, collection, keyOf(target['_id']), target['_id'], after);
    else if (modified)
      await context.database.commit([{ collection, idKey: keyOf(target['_id']), id: target['_id'], before: target, after }]);
    // CloudBase answers updated: 1 whenever a document matched, changed or not.
    return json({ data: { updated: 1, doc: stringifyReply(after) } });
  };
}
