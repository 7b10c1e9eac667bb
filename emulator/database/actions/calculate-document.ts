import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { errors } from '../../errors';
import { countDocuments } from '../query-engine';
import { CollectionNameParam, DatabaseContext, EjsonParam, parseQuery, QueryTypeParam, TransactionIdParam } from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  queryType: QueryTypeParam,
  query: EjsonParam,
  transactionId: TransactionIdParam,
});

/** database.calculateDocument: count(). */
export function calculateDocument(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    if (params.transactionId !== undefined) throw errors.notInTransaction('count()');
    const collection = context.database.collection(params.collectionName);
    const total = countDocuments(collection, parseQuery(params.query, context.now()));
    return json({ data: { total } });
  };
}
