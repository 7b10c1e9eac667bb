import { ActionHandler } from '../../gateway/action';
import { addCollection } from './add-collection';
import { aggregateDocuments } from './aggregate-documents';
import { calculateDocument } from './calculate-document';
import { DatabaseContext } from './context';
import { getDocument } from './get-document';
import { insertDocument } from './insert-document';
import { deleteDocInTransaction, getInTransaction, updateDocInTransaction } from './legacy-transaction-documents';
import { modifyAndReturnDoc } from './modify-and-return-doc';
import { modifyDocument } from './modify-document';
import { removeDocument } from './remove-document';
import { abortTransaction, commitTransaction, startTransaction } from './transaction-lifecycle';

/** Every action @cloudbase/database sends, by name. */
export function databaseActions(context: DatabaseContext): Record<string, ActionHandler> {
  return {
    'database.getDocument': getDocument(context),
    'database.insertDocument': insertDocument(context),
    'database.modifyDocument': modifyDocument(context),
    'database.removeDocument': removeDocument(context),
    'database.calculateDocument': calculateDocument(context),
    'database.aggregateDocuments': aggregateDocuments(context),
    'database.modifyAndReturnDoc': modifyAndReturnDoc(context),
    'database.addCollection': addCollection(context),
    'database.startTransaction': startTransaction(context),
    'database.commitTransaction': commitTransaction(context),
    'database.abortTransaction': abortTransaction(context),
    'database.getInTransaction': getInTransaction(context),
    'database.updateDocInTransaction': updateDocInTransaction(context),
    'database.deleteDocInTransaction': deleteDocInTransaction(context),
  };
}
