import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { CollectionNameParam, DatabaseContext } from './context';

const Params = z.object({ collectionName: CollectionNameParam });

/** database.addCollection: db.createCollection(name). */
export function addCollection(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    await context.database.createCollection(params.collectionName);
    return json({ data: {} });
  };
}
