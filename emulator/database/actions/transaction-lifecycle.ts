import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../../gateway/action';
import { DatabaseContext } from './context';

const Params = z.object({ transactionId: z.string().min(1) });

/** database.startTransaction: the id is answered at the top level, where @cloudbase/database reads it. */
export function startTransaction(context: DatabaseContext): ActionHandler {
  return async () => json({ transactionId: context.transactions.start().id });
}

/** database.commitTransaction: applies every staged write atomically, or fails with a conflict. */
export function commitTransaction(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const { transactionId } = parseParams(Params, request.params);
    await context.transactions.commit(context.transactions.get(transactionId));
    return json({});
  };
}

/** database.abortTransaction: transaction.rollback(). */
export function abortTransaction(context: DatabaseContext): ActionHandler {
  return async (request) => {
    const { transactionId } = parseParams(Params, request.params);
    context.transactions.abort(context.transactions.get(transactionId));
    return json({});
  };
}
