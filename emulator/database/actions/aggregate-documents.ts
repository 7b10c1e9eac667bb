import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { errors } from '../../errors';
import { deepClone, Doc, parseEjson, resolveServerDates } from '../bson-values';
import { runPipeline } from '../aggregate-engine';
import { CollectionNameParam, DatabaseContext, serializeDocs, TransactionIdParam } from './context';

const Params = z.object({
  collectionName: CollectionNameParam,
  stages: z
    .array(z.object({ stageKey: z.string().regex(/^\$[A-Za-z]+$/, 'stage names look like $match'), stageValue: z.string() }))
    .max(100),
  transactionId: TransactionIdParam,
});

/** database.aggregateDocuments: aggregate()...end(). */
export function aggregateDocuments(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    if (params.transactionId !== undefined) throw errors.notInTransaction('aggregate()');
    const collection = context.database.collection(params.collectionName);
    const now = context.now();
    const pipeline: Doc[] = params.stages.map((stage, index) => ({
      [stage.stageKey]: resolveServerDates(parseEjson(stage.stageValue, `stages[${index}].stageValue`), now),
    }));
    const resolve = (name: string): Doc[] => {
      const other = context.database.findCollection(name);
      return other ? [...other.all()].map((doc) => deepClone(doc)) : [];
    };
    const list = runPipeline(collection, pipeline, resolve);
    return json({ data: { list: serializeDocs(list) } });
  };
}
