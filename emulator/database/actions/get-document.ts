import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { parseEjsonObject } from '../bson-values';
import { DATABASE_LIMITS } from '../limits';
import { findDocuments, findInDocuments, project, toSortSpec } from '../query-engine';
import {
  CollectionNameParam,
  DatabaseContext,
  docIdOf,
  EjsonParam,
  parseQuery,
  QueryTypeParam,
  serializeDocs,
  TransactionIdParam,
} from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  queryType: QueryTypeParam,
  query: EjsonParam,
  order: EjsonParam,
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(0).optional(),
  projection: EjsonParam,
  transactionId: TransactionIdParam,
});

/** database.getDocument: where().orderBy().skip().limit().field().get() and doc().get(), in a transaction too. */
export function getDocument(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    const collection = context.database.collection(params.collectionName);
    const query = parseQuery(params.query, context.now());
    const projection = params.projection ? parseEjsonObject(params.projection, 'projection') : undefined;

    if (params.transactionId !== undefined && params.queryType === 'DOC') {
      const transaction = context.transactions.get(params.transactionId);
      const { idKey } = docIdOf(query);
      const doc = context.transactions.read(transaction, collection, idKey);
      const list = doc ? (projection ? project([doc], projection) : [doc]) : [];
      return json({ data: { list: serializeDocs(list) } });
    }

    if (params.queryType === 'DOC') docIdOf(query);
    const limit = params.limit ? Math.min(params.limit, DATABASE_LIMITS.maxGetLimit) : DATABASE_LIMITS.defaultGetLimit;
    const offset = params.offset ?? 0;
    const order = params.order ? toSortSpec(parseEjsonObject(params.order, 'order')) : undefined;
    const spec = { query, order, offset, limit, projection };
    // where().get() inside a transaction reads the transaction's snapshot plus its own writes.
    const docs =
      params.transactionId !== undefined
        ? findInDocuments(context.transactions.view(context.transactions.get(params.transactionId), collection), spec)
        : findDocuments(collection, spec);
    return json({ data: { list: serializeDocs(docs), limit, offset } });
  };
}
